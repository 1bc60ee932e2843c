import { expect, test } from '@playwright/test';
import { defaultMessages } from '../src/react/messages.ts';
import { expectNoViolations } from './support/axe.ts';
import { signInAsNewUser } from './support/flows.ts';

test.describe('the time to finish setup (the page clock runs fast; no request is faked)', () => {
  test('is counted by name, warned of beside Verify, and a code being typed at 0:00 is said not to be sent', async ({ page }) => {
    await page.clock.install();
    await signInAsNewUser(page, 'required');
    const timer = page.getByRole('timer');
    await expect(timer).toHaveText('Time left to finish setup: 3:00');

    await page.clock.fastForward('02:10');
    const warning = page.getByRole('status').filter({ hasText: defaultMessages.sessionRunningOut });
    await expect(warning).toBeVisible();
    // Beside Verify, on the same line, where the user is by now.
    const [verifyBox, warningBox] = [
      await page.getByRole('button', { name: 'Verify' }).boundingBox(),
      await warning.boundingBox(),
    ];
    expect(warningBox?.x).toBeGreaterThan((verifyBox?.x ?? 0) + (verifyBox?.width ?? 0));
    expect(warningBox?.y).toBeLessThan((verifyBox?.y ?? 0) + (verifyBox?.height ?? 0));
    await expectNoViolations(page, 'the warning beside Verify');

    await page.getByLabel('6-digit code').pressSequentially('123');
    await page.clock.fastForward('01:00');
    const heading = page.getByRole('heading', { name: defaultMessages['errorHeading:session-expired'] });
    await expect(heading).toBeFocused();
    await expect(page.getByRole('alert')).toHaveText(
      `${defaultMessages.codeNotSent} ${defaultMessages['error:session-expired']}`,
    );
    await expectNoViolations(page, 'time ran out while typing');
  });
});
