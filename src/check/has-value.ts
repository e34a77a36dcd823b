/** Digits, or number words with a scale ("half a billion", "a dozen"): what a claim's value needs. */
export const HAS_VALUE =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|half\s+a)\s+(?:dozen|thousand|million|billion|trillion)\b|\bhalf\b|\b(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:two|three|four|five|six|seven|eight|nine|ten|twenty)\b/i;
