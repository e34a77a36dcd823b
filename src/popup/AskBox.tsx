import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface AskBoxProps {
  value: string;
  suggestions: readonly string[];
  busy: boolean;
  onInput(value: string): void;
  onAsk(question: string): void;
  /** Called once the box is in the document and focused, with the app behind it. */
  onReady(): void;
}

/**
 * The question box: focused on open, Enter asks; suggestions below follow the combobox pattern
 * (arrow keys move, Enter takes one, Escape closes the list).
 */
export function AskBox({ value, suggestions, busy, onInput, onAsk, onReady }: AskBoxProps) {
  const input = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  // Focus as soon as the box is in the document, not after the first paint (useEffect waits a
  // frame for it): keys typed meanwhile reach the box.
  useLayoutEffect(() => {
    input.current?.focus();
    onReady();
  }, []);
  useEffect(() => setActive(-1), [suggestions]);
  const shown = open && suggestions.length > 0;
  const choose = (q: string) => {
    setOpen(false);
    onInput(q);
    onAsk(q);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && suggestions.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % suggestions.length);
    } else if (e.key === 'ArrowUp' && shown) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? suggestions.length - 1 : a - 1));
    } else if (e.key === 'Escape' && shown) {
      e.preventDefault();
      setOpen(false);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const picked = shown && active >= 0 ? suggestions[active] : undefined;
      const q = picked ?? value;
      if (q.trim()) choose(q);
    }
  };
  return (
    <div class="ask">
      <label for="question" class="visually-hidden">
        Ask about Alibaba’s businesses
      </label>
      <input
        id="question"
        ref={input}
        type="search"
        role="combobox"
        aria-expanded={shown}
        aria-controls="suggestions"
        aria-autocomplete="list"
        aria-activedescendant={shown && active >= 0 ? `suggestion-${active}` : undefined}
        placeholder="Ask about Alibaba’s businesses…"
        maxLength={500}
        autocomplete="off"
        value={value}
        aria-busy={busy}
        onInput={(e) => {
          onInput(e.currentTarget.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <div id="suggestions" role="listbox" aria-label="Suggestions" hidden={!shown}>
        {suggestions.map((s, i) => (
          <div
            key={s}
            id={`suggestion-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            class={i === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(s);
            }}
          >
            {s}
          </div>
        ))}
      </div>
    </div>
  );
}
