// Screenshots for people to look at: the empty state and a filled two-page CV (the repository's
// software-engineer example), in light and dark.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { launch, startServer, OUT } from "./harness.mjs";

let browser, srv;
before(async () => {
  mkdirSync(OUT, { recursive: true });
  srv = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await srv?.server.close();
});

const example = JSON.parse(readFileSync(new URL("../../examples/software-engineer.json", import.meta.url), "utf8"));

for (const scheme of ["light", "dark"]) {
  test(`screens in ${scheme}`, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 820 }, colorScheme: scheme });
    await page.goto(srv.url);
    await page.getByText("Start your first CV").waitFor();
    await page.screenshot({ path: `${OUT}/empty-${scheme}.png` });

    await page.addInitScript((doc) => { window.__E2E_SEED = [{ title: "Software engineer", document: doc }]; }, example);
    await page.reload();
    await page.getByTestId("cv-list-item").first().waitFor();
    await page.screenshot({ path: `${OUT}/list-${scheme}.png` });
    await page.getByRole("button", { name: "Open Software engineer" }).click();
    await page.locator("[data-testid=preview]:not([data-page-count='0'])").waitFor();
    await page.waitForTimeout(300);
    assert.equal(await page.getByTestId("preview-page").count(), 2);
    await page.screenshot({ path: `${OUT}/editor-${scheme}.png` });
    await page.locator("[data-section=work] h2").scrollIntoViewIfNeeded();
    await page.locator(".scroll").evaluate((el) => { el.scrollTop -= 16; });
    await page.screenshot({ path: `${OUT}/entries-${scheme}.png` });
    await page.getByRole("tab", { name: "Design" }).click();
    await page.screenshot({ path: `${OUT}/design-${scheme}.png` });
    await page.getByRole("button", { name: "Back to all CVs" }).click();
    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByTestId("trash-toggle").click();
    await page.getByTestId("trash-item").waitFor();
    await page.screenshot({ path: `${OUT}/trash-${scheme}.png` });
    await page.close();
  });
}
