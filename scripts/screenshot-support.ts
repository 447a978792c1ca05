/**
 * Shared by the screenshot scripts (screenshots.ts, teaching-screenshots.ts,
 * gradebook-screenshots.ts, screenshots-case-editor.ts, lms-screenshot.ts): where Chromium is
 * and how a PNG is made small before it is committed.
 */

/** Debian's Chromium unless CHROMIUM_PATH says otherwise. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** PNG bytes, palette-compressed with sharp when it is installed (it ships with Astro). */
export async function compressPng(png: Buffer): Promise<Buffer> {
  try {
    const { default: sharp } = await import('sharp');
    return await sharp(png).png({ palette: true, quality: 85, compressionLevel: 9, effort: 8 }).toBuffer();
  } catch {
    return png;
  }
}
