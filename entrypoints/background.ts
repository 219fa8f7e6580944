export default defineBackground(() => {
  // Context menu, commands and side panel wiring arrive with the in-page and panel issues.
});
