export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main() {
    // The reading experience (extract → analyze → paint) is built in the in-page issue.
  },
});
