/**
 * Flag emoji, where the platform can draw them.
 *
 * Windows has no flag glyphs: it shows the two regional-indicator letters
 * instead, which look broken. So we draw one flag on a canvas once and look
 * for colour; without colour (or without a canvas), badges show the ISO
 * code as text instead.
 */

let supported: boolean | undefined;

export function flagsSupported(): boolean {
  if (supported !== undefined) return supported;
  supported = false;
  try {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 16;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (ctx) {
      ctx.font = '14px sans-serif';
      ctx.textBaseline = 'top';
      ctx.fillText(flagEmoji('SE'), 0, 0);
      const data = ctx.getImageData(0, 0, 16, 16).data;
      // Sweden's flag is blue and yellow; letters drawn in black are grey at most.
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] > 0 && Math.abs(data[i] - data[i + 2]) > 60) {
          supported = true;
          break;
        }
      }
    }
  } catch {
    supported = false;
  }
  return supported;
}

/** The flag emoji of a two-letter code: its letters as regional indicators. */
export function flagEmoji(code: string): string {
  return String.fromCodePoint(...[...code.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}
