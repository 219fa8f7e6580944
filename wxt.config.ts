import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // There is no WXT module for Preact: the Vite preset handles JSX and the react → preact aliases.
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '政府工作报告阅读助手',
    description: '在政府网站上标出政府工作报告的预期目标、完成情况和政策关键词。Highlights targets, results and policy keywords in Chinese government work reports.',
    permissions: ['storage', 'activeTab', 'scripting'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'gov-report-reader@example.org', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
