/** The two DOM implementations the DOM layer must work with in Node: linkedom (the CLI) and happy-dom. */
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';

export interface DomEnv {
  name: string;
  parse(html: string): Document;
}

export const domEnvs: DomEnv[] = [
  { name: 'linkedom', parse: (html) => parseHTML(html).document as unknown as Document },
  {
    name: 'happy-dom',
    parse: (html) => {
      const window = new Window({ url: 'https://www.example.gov.cn/' });
      window.document.write(html);
      return window.document as unknown as Document;
    },
  },
];

/** Serialised page, to check that finding the article leaves the page as it was. */
export function snapshot(doc: Document): string {
  return doc.documentElement.outerHTML;
}
