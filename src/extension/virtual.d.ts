declare module 'virtual:fact-lens/fact-base' {
  const factBase: import('../factbase/schema').FactBase;
  export default factBase;
}
