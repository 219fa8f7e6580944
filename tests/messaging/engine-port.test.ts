import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { engineService } from '../../lib/engine-service';
import { decodeAnalysis } from '../../lib/messaging/analysis-wire';
import { createEngineClient, serveEngine, type EnginePortLike, type EngineReceived } from '../../lib/messaging/engine-port';
import { readCorpus } from '../support/golden';

type Listener<T> = (value: T) => void;

/**
 * Two ends of a runtime.Port as Chrome behaves: messages arrive in a later task and as copies (JSON),
 * disconnect() tells only the other end, a port whose other end is gone throws on postMessage.
 */
function portPair(): { page: EnginePortLike; background: EnginePortLike; dropBackground(): void } {
  const make = () => {
    const onMessage: Listener<unknown>[] = [];
    const onDisconnect: Listener<void>[] = [];
    return { onMessage, onDisconnect, open: true };
  };
  const a = make();
  const b = make();
  const end = (self: typeof a, other: typeof a): EnginePortLike => ({
    postMessage(message) {
      if (!self.open || !other.open) throw new Error('Attempting to use a disconnected port object');
      const copy = JSON.parse(JSON.stringify(message)) as unknown;
      setTimeout(() => other.open && other.onMessage.forEach((l) => l(copy)), 0);
    },
    onMessage: { addListener: (l) => void self.onMessage.push(l) },
    onDisconnect: { addListener: (l) => void self.onDisconnect.push(l) },
    disconnect() {
      self.open = false;
      setTimeout(() => other.onDisconnect.forEach((l) => l()), 0);
      other.open = false;
    },
  });
  const page = end(a, b);
  const background = end(b, a);
  return { page, background, dropBackground: () => background.disconnect() };
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Head and body as one string, as decodeAnalysis reads them. */
const whole = async (received: EngineReceived) => `${received.head}\n${await received.body}`;
/** An engine that answers with the text itself: head and body say which text they answer. */
const echo = (text: string) => ({ head: `head of ${text}`, body: () => `body of ${text}` });

describe('the engine port (page ↔ background)', () => {
  it('brings back the analysis of a real report, exactly, and opens one port for many requests', async () => {
    let connects = 0;
    const client = createEngineClient(() => {
      connects++;
      const { page, background } = portPair();
      serveEngine(background, engineService(analyze));
      return page;
    });
    client.open();
    const beijing = readCorpus('reports-2025-provinces/2025年北京市.txt');
    const shanghai = readCorpus('reports-2025-provinces/2025年上海市.txt');
    // Two at once (a re-run asked for while the first is under way): each answer reaches its own request.
    const [a, b] = await Promise.all([client.analyze(beijing), client.analyze(shanghai)]);
    expect(decodeAnalysis(await whole(a), beijing)).toEqual(analyze(beijing));
    expect(decodeAnalysis(await whole(b), shanghai)).toEqual(analyze(shanghai));
    expect(decodeAnalysis(await whole(b), shanghai).targets.length).toBeGreaterThan(20);
    expect(connects).toBe(1);
  });

  it('asks again on a new port when the background stops before answering', async () => {
    const backgrounds: { drop(): void; seen: string[] }[] = [];
    const client = createEngineClient(() => {
      const { page, background, dropBackground } = portPair();
      const seen: string[] = [];
      const index = backgrounds.length;
      // The first background dies with the request in hand; the second answers.
      serveEngine(background, (text) => {
        seen.push(text);
        if (index === 0) throw new Error('not reached');
        return echo(text);
      });
      backgrounds.push({ drop: dropBackground, seen });
      return page;
    });
    client.open();
    backgrounds[0]!.drop(); // Chrome stopped the idle worker
    await nextTask();
    expect(await whole(await client.analyze('各位代表'))).toBe('head of 各位代表\nbody of 各位代表');
    expect(backgrounds).toHaveLength(2);
    expect(backgrounds[1]!.seen).toEqual(['各位代表']);
  });

  it('sends the head before the body is made, and the body after', async () => {
    const { page, background } = portPair();
    const events: string[] = [];
    page.onMessage.addListener((m) => events.push(`page got ${Object.keys(m as object).filter((k) => k !== 'id').join()}`));
    serveEngine(background, (text) => ({
      head: `head of ${text}`,
      body: () => {
        events.push('body made');
        return `body of ${text}`;
      },
    }));
    const client = createEngineClient(() => page);
    const received = await client.analyze('各位代表');
    expect(received.head).toBe('head of 各位代表');
    expect(await received.body).toBe('body of 各位代表');
    // the body was encoded in a task after the head had been posted
    expect(events.indexOf('body made')).toBeGreaterThan(-1);
    expect(events.indexOf('page got head')).toBeLessThan(events.indexOf('page got body'));
  });

  it('gets the body on a new port when the background stops between head and body', async () => {
    const drops: (() => void)[] = [];
    let served = 0;
    const client = createEngineClient(() => {
      const { page, background, dropBackground } = portPair();
      const index = served++;
      drops.push(dropBackground);
      serveEngine(background, (text) => ({
        head: `head ${index}`,
        body: () => {
          if (index === 0) {
            dropBackground(); // stopped before the body went out
            throw new Error('worker stopped');
          }
          return `body ${index} of ${text}`;
        },
      }));
      return page;
    });
    const received = await client.analyze('各位代表');
    expect(received.head).toBe('head 0');
    // asked again on a new port: its head is ignored (the page may be painting from the first), its body taken
    expect(await received.body).toBe('body 1 of 各位代表');
    expect(served).toBe(2);
  });

  it('rejects the body with the reason when only the body fails, the head having come', async () => {
    const { page, background } = portPair();
    serveEngine(background, () => ({
      head: 'head',
      body: () => {
        throw new Error('Invalid string length');
      },
    }));
    const received = await createEngineClient(() => page).analyze('各位代表');
    expect(received.head).toBe('head');
    await expect(received.body).rejects.toThrow('the analysis failed: Invalid string length');
  });

  it('resends what was under way once, and then says the background stopped', async () => {
    const drops: (() => void)[] = [];
    const client = createEngineClient(() => {
      const { page, dropBackground } = portPair(); // a background that never answers
      drops.push(dropBackground);
      return page;
    });
    const answer = client.analyze('主要预期目标');
    drops[0]!();
    await nextTask();
    expect(drops).toHaveLength(2); // sent again on a new port
    drops[1]!();
    await expect(answer).rejects.toThrow('the background stopped before the analysis was done');
  });

  it('says so when the background cannot be reached at all (extension updated under the page)', async () => {
    const client = createEngineClient(() => {
      throw new Error('Extension context invalidated.');
    });
    client.open(); // no throw: the page script goes on
    await expect(client.analyze('各位代表')).rejects.toThrow(/background cannot be reached \(Extension context invalidated\.\).*reload the page/);
  });

  it('passes the engine\'s failure on as a message, and answers a request without text with an error', async () => {
    const { page, background } = portPair();
    serveEngine(background, () => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    const client = createEngineClient(() => page);
    await expect(client.analyze('各位代表')).rejects.toThrow('the analysis failed: Maximum call stack size exceeded');

    const other = portPair();
    const replies: unknown[] = [];
    other.page.onMessage.addListener((m) => replies.push(m));
    serveEngine(other.background, echo);
    other.page.postMessage({ id: 7, text: 42 });
    other.page.postMessage('not a request');
    await nextTask();
    await nextTask();
    expect(replies).toEqual([{ id: 7, error: 'the request carried no text to analyse' }]);
  });

  it('rejects what is under way when the page reader closes, and disconnects', async () => {
    const { page, background } = portPair();
    let backgroundDisconnected = false;
    background.onDisconnect.addListener(() => (backgroundDisconnected = true));
    const client = createEngineClient(() => page);
    const answer = client.analyze('各位代表');
    client.close();
    await expect(answer).rejects.toThrow('the page reader stopped');
    await nextTask();
    expect(backgroundDisconnected).toBe(true);
  });
});
