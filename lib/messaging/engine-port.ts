/**
 * The channel between a page's reader and the engine in the background: one long-lived port per page,
 * opened when the content script starts, instead of a one-off message per analysis.
 *
 * Why a port: a one-off message (runtime.sendMessage) makes Chrome open a channel, find the background's
 * listeners, deliver, wait for the answer and close the channel again, every time. Measured on the 50k
 * bench page (2-core machine, medians of 8 loads): page → background 7.6–8.5 ms with a one-off message,
 * 4.8 ms on a port opened while the content script was starting; the way back 7.2–7.5 ms → 4.6–6.7 ms.
 *
 * Each answer comes as two messages: the head (the paint plan, small) as soon as the engine is done, then
 * the body, encoded while the page is already painting (analysis-wire.ts).
 *
 * The background may be stopped at any time (Chrome stops an idle service worker); the port then
 * disconnects and the client opens a new one for the next request, sending again what was under way once.
 */

/** The port's name, which the background listens for. */
export const ENGINE_PORT = 'gov-report:engine';

export interface EngineRequest {
  id: number;
  text: string;
}

/** A part of the analysis in wire form (analysis-wire.ts), or one line saying why there is none. */
export type EngineReply = { id: number; head: string } | { id: number; body: string } | { id: number; error: string };

/** The engine's answer to one text: its head now, its body when asked (after the head was sent). */
export interface EngineParts {
  head: string;
  body(): string;
}

/** What the page gets: the head, and the body when it has come. */
export interface EngineReceived {
  head: string;
  body: Promise<string>;
}

/** The part of runtime.Port both sides use (a fake one in unit tests). */
export interface EnginePortLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

export interface EngineClient {
  /** Opens the port now, so that the first request does not wait for it. */
  open(): void;
  /** The analysis of `text` in wire form: resolves with the head, whose body follows. */
  analyze(text: string): Promise<EngineReceived>;
  close(): void;
}

interface Pending {
  text: string;
  sent: number;
  /** Set once the head has come (a head sent again after a resend is ignored). */
  gotHead: boolean;
  resolve: (received: EngineReceived) => void;
  reject: (error: Error) => void;
  body: Promise<string>;
  resolveBody: (body: string) => void;
  rejectBody: (error: Error) => void;
}

/** Rejects what waits for this request: the head if it has not come, else the body. */
function fail(request: Pending, error: Error): void {
  if (request.gotHead) request.rejectBody(error);
  else request.reject(error);
}

/** How many times a request is sent before a lost background counts as an error. */
const MAX_SENDS = 2;

export function createEngineClient(connect: () => EnginePortLike): EngineClient {
  let port: EnginePortLike | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const send = (id: number, request: Pending): void => {
    request.sent++;
    try {
      ensurePort().postMessage({ id, text: request.text } satisfies EngineRequest);
    } catch (error) {
      // No background to talk to at all (the extension was updated or removed under this page).
      pending.delete(id);
      fail(request, new Error(`the extension's background cannot be reached (${errorText(error)}); reload the page`));
    }
  };

  const ensurePort = (): EnginePortLike => {
    if (port) return port;
    const opened = connect();
    port = opened;
    opened.onMessage.addListener((message) => {
      const reply = message as Partial<{ id: number; head: string; body: string; error: string }> | null;
      const request = typeof reply?.id === 'number' ? pending.get(reply.id) : undefined;
      if (!request || !reply) return;
      if (typeof reply.head === 'string') {
        if (request.gotHead) return;
        request.gotHead = true;
        request.resolve({ head: reply.head, body: request.body });
        return;
      }
      pending.delete(reply.id!);
      if (typeof reply.body === 'string') request.resolveBody(reply.body);
      else fail(request, new Error(typeof reply.error === 'string' ? reply.error : 'the background sent no analysis'));
    });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = null;
      // The background stopped (or restarted) before answering: ask again, once, on a new port.
      for (const [id, request] of [...pending]) {
        if (request.sent < MAX_SENDS) send(id, request);
        else {
          pending.delete(id);
          fail(request, new Error('the background stopped before the analysis was done'));
        }
      }
    });
    return opened;
  };

  return {
    open() {
      try {
        ensurePort();
      } catch {
        // Nothing to warm: analyze() will say why when it is asked.
      }
    },
    analyze(text) {
      return new Promise<EngineReceived>((resolve, reject) => {
        const id = nextId++;
        let resolveBody!: (body: string) => void;
        let rejectBody!: (error: Error) => void;
        const body = new Promise<string>((res, rej) => {
          resolveBody = res;
          rejectBody = rej;
        });
        // A page that paints nothing (not a report) never asks for the body: its loss is nobody's error.
        body.catch(() => undefined);
        const request: Pending = { text, sent: 0, gotHead: false, resolve, reject, body, resolveBody, rejectBody };
        pending.set(id, request);
        send(id, request);
      });
    },
    close() {
      const open = port;
      port = null;
      open?.disconnect();
      for (const request of pending.values()) fail(request, new Error('the page reader stopped'));
      pending.clear();
    },
  };
}

/**
 * The background's side of one port: answers each request with the parts `run` makes of its text (the
 * head at once, the body in the next task, so that the page paints while the body is encoded), or with
 * the reason it could not. A malformed request gets an error reply, never a silent drop.
 */
export function serveEngine(port: EnginePortLike, run: (text: string) => EngineParts): void {
  const post = (reply: EngineReply) => {
    try {
      port.postMessage(reply);
    } catch {
      // The page went away meanwhile: nobody is waiting.
    }
  };
  const failed = (id: number, error: unknown): EngineReply => ({ id, error: `the analysis failed: ${errorText(error)}` });
  port.onMessage.addListener((message) => {
    const request = message as Partial<EngineRequest> | null;
    if (typeof request?.id !== 'number') return; // nobody to answer
    const { id, text } = request;
    if (typeof text !== 'string') return post({ id, error: 'the request carried no text to analyse' });
    let parts: EngineParts;
    try {
      parts = run(text);
    } catch (error) {
      return post(failed(id, error));
    }
    post({ id, head: parts.head });
    setTimeout(() => {
      try {
        post({ id, body: parts.body() });
      } catch (error) {
        post(failed(id, error));
      }
    }, 0);
  });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
