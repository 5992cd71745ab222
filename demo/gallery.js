// The iframe recipe from the README: fit each embed frame to its content.
addEventListener('message', (e) => {
  if (e.data?.type !== 'subprocessor-list:resize') return;
  for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.style.height = `${e.data.height}px`;
});
// This listener may start after a frame has already said its height: ask each frame again.
for (const f of document.querySelectorAll('iframe')) {
  const ask = () => f.contentWindow?.postMessage({ type: 'subprocessor-list:measure' }, '*');
  ask();
  f.addEventListener('load', ask);
}
