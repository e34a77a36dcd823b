declare module 'virtual:fact-lens/fact-base' {
  const factBase: import('../factbase/schema').FactBase;
  export default factBase;
}

declare module 'virtual:fact-lens/lexicon' {
  const lexicon: ReturnType<typeof import('../build/fact-base-plugin').lexiconOf>;
  export default lexicon;
}
