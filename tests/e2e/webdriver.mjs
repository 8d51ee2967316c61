// A tiny W3C WebDriver client (no packages): just what the desktop e2e test and the figures
// script need, over Node's fetch. Talks to tauri-driver, which starts the app through
// WebKitWebDriver.

const ELEMENT = "element-6066-11e4-a52e-4f735466cecb";

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  static async start(port, application, timeoutMs = 60_000) {
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + timeoutMs;
    let lastError;
    while (Date.now() < deadline) {
      try {
        const value = await call(base, "POST", "/session", {
          capabilities: {
            alwaysMatch: { browserName: "wry", "tauri:options": { application } },
          },
        });
        return new Session(base, value.sessionId);
      } catch (error) {
        lastError = error;
        await sleep(250);
      }
    }
    throw new Error(`no WebDriver session: ${lastError}`);
  }

  cmd(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  /** Runs `script` (a function body; `arguments` as usual) in the page. */
  execute(script, ...args) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }

  /** Calls a Rust command through Tauri's IPC, as the UI does. */
  async invoke(command, args = {}) {
    const result = await this.cmd("POST", "/execute/async", {
      script: `const done = arguments[arguments.length - 1];
        window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
          .then((ok) => done({ ok }), (err) => done({ err }));`,
      args: [command, args],
    });
    if (result.err !== undefined) {
      throw new Error(`${command}: ${JSON.stringify(result.err)}`);
    }
    return result.ok;
  }

  async find(css) {
    const value = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return elementId(value);
  }

  async findAll(css) {
    const value = await this.cmd("POST", "/elements", { using: "css selector", value: css });
    return value.map(elementId);
  }

  click(element) {
    return this.cmd("POST", `/element/${element}/click`, {});
  }

  type(element, text) {
    return this.cmd("POST", `/element/${element}/value`, { text });
  }

  clear(element) {
    return this.cmd("POST", `/element/${element}/clear`, {});
  }

  async screenshot() {
    return Buffer.from(await this.cmd("GET", "/screenshot"), "base64");
  }

  /** Polls `probe` until it returns a truthy value. */
  async until(what, probe, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
      try {
        last = await probe();
        if (last) return last;
      } catch (error) {
        last = error;
      }
      await sleep(25);
    }
    throw new Error(`timed out waiting for ${what} (last: ${last})`);
  }

  quit() {
    return call(this.base, "DELETE", `/session/${this.id}`).catch(() => {});
  }
}

function elementId(reference) {
  return reference[ELEMENT] ?? Object.values(reference)[0];
}

async function call(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json.value ?? json)}`);
  }
  return json.value;
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
