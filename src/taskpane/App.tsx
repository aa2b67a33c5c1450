import * as React from 'react';
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { periodOfDocument } from '../core/document/period';
import type { DocumentPort } from '../core/document/port';
import { PeriodSchema } from '../core/indicators/schema';
import { missingFeatures } from '../word/host';
import { type AppServices, currentPeriod, ServicesContext } from './services';
import { STRINGS } from './strings';
import { usePeriodData } from './usePeriodData';
import { RecordBanner } from './RecordBanner';

// Each area is its own chunk: the first screen loads only what it shows.
const DataArea = React.lazy(() => import(/* webpackChunkName: "area-data" */ './areas/DataArea'));
const RefreshArea = React.lazy(() => import(/* webpackChunkName: "area-refresh" */ './areas/RefreshArea'));
const BindArea = React.lazy(() => import(/* webpackChunkName: "area-bind" */ './areas/BindArea'));
const RollArea = React.lazy(() => import(/* webpackChunkName: "area-roll" */ './areas/RollArea'));
const CheckArea = React.lazy(() => import(/* webpackChunkName: "area-check" */ './areas/CheckArea'));
const SettingsArea = React.lazy(() => import(/* webpackChunkName: "area-settings" */ './areas/SettingsArea'));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
    minWidth: '280px',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // Six tabs take two rows at 320 px; they wrap rather than hide the last ones.
  tabs: { flexWrap: 'wrap' },
});

export type AreaKey = keyof typeof STRINGS.tabs;

export interface PeriodChoice {
  period: string;
  /** Said under the period field: where it came from. */
  origin: string;
  /** "6 tháng đầu năm": figures read the cumulative (lũy kế) values by default. */
  cumulative?: boolean;
}

/** The report's period: the one saved in it, else the one its title names, else the current month. */
export async function initialPeriod(port: DocumentPort): Promise<PeriodChoice> {
  try {
    const saved = (await port.getReportSettings()).period;
    if (saved && PeriodSchema.safeParse(saved).success) return { period: saved, origin: 'Kỳ đã lưu trong tài liệu.' };
    const found = periodOfDocument(await port.readText());
    if (found) return { period: found.period, origin: `Lấy từ tài liệu: “${found.phrase.trim()}”${found.cumulative ? ' (số lũy kế)' : ''}.`, ...(found.cumulative ? { cumulative: true } : {}) };
  } catch {
    // an unreadable document still gets a period to work with
  }
  return { period: currentPeriod(), origin: 'Tài liệu không ghi kỳ báo cáo: đang dùng tháng hiện tại.' };
}

function Pane(): React.JSX.Element {
  const styles = useStyles();
  const services = React.useContext(ServicesContext)!;
  const { host, port } = services;
  const [area, setArea] = React.useState<AreaKey>('data');
  // bumped after the pane's own edits and on every area switch: the record banner looks again
  const [edits, setEdits] = React.useState(0);
  const edited = React.useCallback(() => setEdits((n) => n + 1), []);
  const [choice, setChoice] = React.useState<PeriodChoice | null>(null);
  React.useEffect(() => {
    if (!port) return;
    let live = true;
    void initialPeriod(port).then((c) => live && setChoice(c));
    return () => {
      live = false;
    };
  }, [port]);
  const period = choice?.period ?? null;
  const effective = period ?? currentPeriod();
  // Wait for the document's own period: loading the current month first would flash the wrong data.
  const { state, reload } = usePeriodData(period);
  const changePeriod = (p: string): void => {
    setChoice({ period: p, origin: 'Đã chọn; kỳ được lưu vào tài liệu.' });
    void port?.setReportSettings({ period: p });
  };
  const rolled = (p: string): void => {
    setChoice({ period: p, origin: 'Báo cáo đã được chuyển sang kỳ này.' });
    edited();
  };
  const missing = missingFeatures(host);

  return (
    <main className={styles.root} aria-label={STRINGS.appTitle}>
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold">
          {STRINGS.appTitle}
        </Text>
        <Text size={200}>{STRINGS.appSubtitle}</Text>
      </header>
      {!host.inWord && (
        <MessageBar layout="multiline" intent="info">
          <MessageBarBody>{STRINGS.previewNotice}</MessageBarBody>
        </MessageBar>
      )}
      {missing.length > 0 && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{STRINGS.wordLimitsTitle}</MessageBarTitle>
            <ul className={styles.list}>
              {missing.map((f) => (
                <li key={f.key}>{f.lostWithout}</li>
              ))}
            </ul>
            {STRINGS.wordLimitsIntro}
          </MessageBarBody>
        </MessageBar>
      )}
      <RecordBanner port={port} version={edits} />
      <TabList className={styles.tabs} selectedValue={area} onTabSelect={(_, d) => (setArea(d.value as AreaKey), edited())} size="small" aria-label="Chức năng">
        {(Object.keys(STRINGS.tabs) as AreaKey[]).map((k) => (
          <Tab key={k} value={k}>
            {STRINGS.tabs[k]}
          </Tab>
        ))}
      </TabList>
      <section role="tabpanel" aria-label={STRINGS.tabs[area]} data-area={area}>
        {!port ? (
          <Spinner size="small" label="Đang mở tài liệu…" />
        ) : (
          <React.Suspense fallback={<Spinner size="small" label={STRINGS.loading} />}>
            {area === 'data' && <DataArea period={effective} periodOrigin={choice?.origin} cumulative={choice?.cumulative} state={state} onPeriodChange={changePeriod} />}
            {area === 'bind' && <BindArea period={effective} state={state} cumulative={choice?.cumulative} onChanged={edited} />}
            {area === 'refresh' && <RefreshArea period={effective} state={state} reload={reload} />}
            {area === 'roll' && <RollArea period={effective} onRolled={rolled} />}
            {area === 'check' && <CheckArea state={state} period={effective} onRecorded={edited} />}
            {area === 'settings' && <SettingsArea state={state} />}
          </React.Suspense>
        )}
      </section>
    </main>
  );
}

export function App({ services }: { services: AppServices }): React.JSX.Element {
  return (
    <FluentProvider theme={webLightTheme}>
      <ServicesContext.Provider value={services}>
        <Pane />
      </ServicesContext.Provider>
    </FluentProvider>
  );
}
