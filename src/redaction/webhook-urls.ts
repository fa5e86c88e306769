/** Slack and Discord webhook URLs: the path after the host is the secret. */

import { PRIO_TOKEN } from './priorities.js';
import type { Scanner } from './scanner.js';

// Group 1 of each pattern is the secret part of the URL.
const WEBHOOK_URLS: Array<[string, string]> = [
  [
    String.raw`https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/([A-Za-z0-9_\/+-]{8,300})`,
    'slack-webhook-url',
  ],
  [
    String.raw`https?:\/\/(?:canary\.|ptb\.)?discord(?:app)?\.com\/api\/webhooks\/` +
      String.raw`([0-9]{5,30}\/[A-Za-z0-9_-]{20,200})`,
    'discord-webhook-url',
  ],
];

export function scanWebhooks(s: Scanner): void {
  const res: Array<[RegExp, string]> = WEBHOOK_URLS.map(([source, rule]) => [new RegExp(source, 'dg'), rule]);
  for (const [re, rule] of res) {
    for (const m of s.text.matchAll(re)) {
      const [a, b] = m.indices![1]!;
      s.add(a, b, rule, PRIO_TOKEN);
    }
  }
}
