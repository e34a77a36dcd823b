// The least a popup can do: one box, focused, with the marks Fact Lens's popup records.
performance.mark('popup-script');
document.getElementById('question').focus();
performance.measure('popup-ready', { start: 0, end: performance.now() });
// No app behind the box: it is all there is.
performance.measure('popup-app', { start: 0, end: performance.now() });
