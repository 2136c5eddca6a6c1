/**
 * The site's Ant Design theme (its seed tokens). One object for the pages (AppRoot's ConfigProvider) and for the
 * build, which makes Ant Design's stylesheet for exactly this theme (vite.config.ts, antdStyles).
 */
export const THEME_TOKEN = { colorPrimary: '#1d5fbf', borderRadius: 4 };
