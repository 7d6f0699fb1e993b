import { act, fireEvent, render, screen } from '@testing-library/react';
import { Root } from '../components/root.js';
import { formatDate, formatHours, formatNumber } from './format.js';
import { I18nProvider, useLocale } from './i18n-provider.js';
import { LanguageSwitch } from './language-switch.js';
import { LOCALE_STORAGE_KEY } from './locale.js';
import { createMessages, interpolate } from './messages.js';
import { useT } from './use-t.js';

const messages = createMessages({
  greeting: { nl: 'Hallo {name}, je hebt {count} check-ins', en: 'Hello {name}, you have {count} check-ins' },
  title: { nl: 'Terugkeer', en: 'Return' },
});

function Greeting() {
  const t = useT(messages);
  const { locale } = useLocale();
  return (
    <p data-locale={locale}>
      {t('title')}: {t('greeting', { name: 'Sanne', count: 3 })}
    </p>
  );
}

beforeEach(() => window.localStorage.clear());

describe('interpolate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} en {b}', { a: 1 })).toBe('1 en {b}');
  });
});

describe('createMessages and useT types', () => {
  it('demand both languages and every placeholder', () => {
    // @ts-expect-error a message without English does not compile
    createMessages({ only: { nl: 'alleen Nederlands' } });

    function Checked() {
      const t = useT(messages);
      // @ts-expect-error `greeting` needs name and count
      t('greeting');
      // @ts-expect-error `title` has no placeholders
      t('title', { name: 'x' });
      // @ts-expect-error unknown key
      t('missing');
      return null;
    }
    expect(Checked).toBeDefined();
  });
});

describe('I18nProvider', () => {
  it('starts in Dutch and interpolates params', () => {
    render(
      <I18nProvider>
        <Greeting />
      </I18nProvider>,
    );
    expect(screen.getByText('Terugkeer: Hallo Sanne, je hebt 3 check-ins')).toBeTruthy();
  });

  it('switches language, persists the choice and sets lang on the root', () => {
    const { unmount } = render(
      <I18nProvider>
        <Root data-testid="root">
          <LanguageSwitch />
          <Greeting />
        </Root>
      </I18nProvider>,
    );
    expect(screen.getByTestId('root').getAttribute('lang')).toBe('nl');
    expect(screen.getByRole('button', { name: 'Nederlands' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByText('Return: Hello Sanne, you have 3 check-ins')).toBeTruthy();
    expect(screen.getByTestId('root').getAttribute('lang')).toBe('en');
    expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');

    unmount();
    render(
      <I18nProvider>
        <Greeting />
      </I18nProvider>,
    );
    expect(screen.getByText('Return: Hello Sanne, you have 3 check-ins')).toBeTruthy();
  });

  it('prefers a stored choice over the provided starting locale', () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'nl');
    render(
      <I18nProvider locale="en">
        <Greeting />
      </I18nProvider>,
    );
    expect(screen.getByText(/^Terugkeer/)).toBeTruthy();
  });

  it('keeps every provider on the page (host and remotes) on one language', async () => {
    function Switcher() {
      const { setLocale } = useLocale();
      return (
        <button type="button" onClick={() => setLocale('en')}>
          switch
        </button>
      );
    }
    render(
      <>
        <I18nProvider>
          <Switcher />
        </I18nProvider>
        <I18nProvider>
          <Greeting />
        </I18nProvider>
      </>,
    );
    await act(() => fireEvent.click(screen.getByRole('button', { name: 'switch' })));
    expect(screen.getByText(/^Return/).getAttribute('data-locale')).toBe('en');
  });
});

describe('formatting', () => {
  it('formats calendar dates without shifting the day', () => {
    expect(formatDate('2025-03-14', 'nl')).toBe('14 maart 2025');
    expect(formatDate('2025-03-14', 'en')).toBe('14 March 2025');
    expect(formatDate('2025-03-14', 'nl', { day: 'numeric', month: 'short' })).toBe('14 mrt');
  });

  it('rejects what is not a date, and a moment, whose day depends on the zone', () => {
    expect(() => formatDate('gisteren', 'nl')).toThrow(RangeError);
    expect(() => formatDate('2025-03-14T23:30:00Z', 'nl')).toThrow(RangeError);
  });

  it('formats numbers and hours per locale', () => {
    expect(formatNumber(1234.5, 'nl')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatHours(7.5, 'nl')).toBe('7,5 uur');
    expect(formatHours(7.5, 'en')).toBe('7.5 hours');
  });
});
