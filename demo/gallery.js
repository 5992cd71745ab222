// The parent side of the iframe embed: fit the frame to the height it reports.
addEventListener('message', (e) => {
  if (e.data?.type !== 'subprocessor-list:resize') return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === e.source) frame.style.height = `${e.data.height}px`;
  }
});
