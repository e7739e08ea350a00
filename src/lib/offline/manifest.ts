/**
 * The web app manifest that lets a phone install the handbook, and the tags every page carries to
 * point to it. One source for the names, colours and icons; the base path comes from the build.
 */
import { pages } from '../routes';
import { normalizeBase } from '../text';

/** The manifest's file name at the root of the built site. */
export const manifestFile = 'manifest.webmanifest';

/** The colour of the phone's bar and of the icons' background: the favicon's red. */
export const themeColor = '#c8102e';

/** The screen shown while the installed handbook starts. */
export const backgroundColor = '#ffffff';

/** An icon of the manifest: its file under public/, size in pixels, and purpose. */
export interface AppIcon {
  file: string;
  size: number;
  purpose: 'any' | 'maskable';
}

/** The PNG icons, made by scripts/make-icons.mjs into public/icons/. */
export const appIcons: readonly AppIcon[] = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { file: 'icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
];

/** The web app manifest for a site served under `base` ("/" or "/so-tay/"). */
export function webManifest(base: string): Record<string, unknown> {
  const b = normalizeBase(base);
  return {
    id: b,
    name: pages.home.title,
    short_name: 'Sổ tay chi bộ',
    description: 'Hướng dẫn sinh hoạt chi bộ thường kỳ và chuyên đề, đọc được cả khi không có mạng.',
    lang: 'vi',
    dir: 'ltr',
    start_url: b,
    scope: b,
    display: 'standalone',
    theme_color: themeColor,
    background_color: backgroundColor,
    icons: appIcons.map((icon) => ({
      src: b + icon.file,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}

/** A tag Starlight adds to every page's <head>. */
export interface HeadTag {
  tag: 'link' | 'meta';
  attrs: Record<string, string>;
}

/** The manifest link, the theme colour and the home-screen icon, for every page's <head>. */
export function installHead(base: string): HeadTag[] {
  const b = normalizeBase(base);
  return [
    { tag: 'link', attrs: { rel: 'manifest', href: b + manifestFile } },
    { tag: 'meta', attrs: { name: 'theme-color', content: themeColor } },
    { tag: 'link', attrs: { rel: 'apple-touch-icon', href: b + appIcons[0]!.file } },
  ];
}
