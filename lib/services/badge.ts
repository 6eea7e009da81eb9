import { browser } from 'wxt/browser';
import type { PageReport } from '../messaging';
import { badgeOf } from '../badge-state';

/** MV3 calls it `action`, Firefox's MV2 build `browserAction`; both take the same calls. */
const action = () => browser.action ?? browser.browserAction;

export async function showBadge(tabId: number, report: PageReport): Promise<void> {
  const badge = badgeOf(report.quotes);
  await action().setBadgeText({ tabId, text: badge.text });
  await action().setBadgeBackgroundColor({ tabId, color: badge.color });
  await action().setTitle({ tabId, title: badge.title });
}
