/**
 * Where the content script runs by itself. Official government sites live under gov.cn (national,
 * provincial, city and district portals, 发改委 sites); the people's congresses and CPPCC sites too
 * (npc.gov.cn, cppcc.gov.cn). Reports are also republished in full by the official news agencies, where
 * readers meet them first. Everywhere else the user asks (activeTab), so no broad host permission is
 * needed.
 */
export const REPORT_HOSTS = ['*://*.gov.cn/*', '*://*.news.cn/*', '*://*.xinhuanet.com/*', '*://*.people.com.cn/*'];
