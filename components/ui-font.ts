/**
 * The font stack of everything we draw inside pages (badge, card, notice, 剪藏 button): the system UI font,
 * then the common Chinese UI fonts, never the page's 仿宋 (shadow roots inherit fonts from the page).
 */
export const UI_FONT = `system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif`;
