import * as React from 'react';
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { HostInfo } from '../word/host';
import { missingFeatures } from '../word/host';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: '280px',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export type AreaKey = keyof typeof STRINGS.tabs;

export interface AppProps {
  host: HostInfo;
}

export function App({ host }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [area, setArea] = React.useState<AreaKey>('data');
  const missing = missingFeatures(host);
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root} aria-label={STRINGS.appTitle}>
        <header className={styles.header}>
          <Text as="h1" size={500} weight="semibold">
            {STRINGS.appTitle}
          </Text>
          <Text size={200}>{STRINGS.appSubtitle}</Text>
        </header>
        {!host.inWord && (
          <MessageBar intent="info">
            <MessageBarBody>{STRINGS.previewNotice}</MessageBarBody>
          </MessageBar>
        )}
        {missing.length > 0 && (
          <MessageBar intent="warning">
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
        <TabList selectedValue={area} onTabSelect={(_, d) => setArea(d.value as AreaKey)} size="small">
          {(Object.keys(STRINGS.tabs) as AreaKey[]).map((k) => (
            <Tab key={k} value={k}>
              {STRINGS.tabs[k]}
            </Tab>
          ))}
        </TabList>
        <section role="tabpanel" aria-label={STRINGS.tabs[area]} data-area={area} />
      </main>
    </FluentProvider>
  );
}
