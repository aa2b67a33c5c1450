import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { describeSource } from '../../data/client';
import type { PeriodState } from '../usePeriodData';

export const useAreaStyles = makeStyles({
  area: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  grow: { flexGrow: 1, minWidth: '140px' },
  pick: { justifyContent: 'flex-start', textAlign: 'left', fontWeight: tokens.fontWeightRegular, maxWidth: '100%' },
  start: { alignSelf: 'flex-start' },
  // A native select is as wide as its longest option unless told otherwise: too wide for 320 px.
  fill: { minWidth: 0, maxWidth: '100%', '& select': { minWidth: 0, textOverflow: 'ellipsis' } },
  // The search box follows its field's width, like the selects: nothing in the pane sets its own.
  search: { width: '100%', maxWidth: '100%', minWidth: 0, boxSizing: 'border-box' },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', minWidth: 0, gap: tokens.spacingVerticalXS },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  // Three short fields side by side; at a large text size they wrap rather than overflow.
  period: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(84px, 1fr))', gap: tokens.spacingHorizontalS, minWidth: 0 },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  values: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    '& dt': { color: tokens.colorNeutralForeground3 },
    '& dd': { margin: 0 },
  },
});

/** The states every area shares: what to do next, said plainly. */
export function DataStateBar({ state }: { state: PeriodState }): React.JSX.Element | null {
  if (state.status === 'error') {
    return (
      <MessageBar layout="multiline" intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>Không lấy được số liệu</MessageBarTitle>
          {state.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (state.status === 'ready' && state.offline) {
    return (
      <MessageBar layout="multiline" intent="warning" role="status">
        <MessageBarBody>
          <MessageBarTitle>Đang dùng số liệu đã lưu</MessageBarTitle>
          Không kết nối được nguồn dữ liệu. Số liệu này là bản lưu của nguồn <span data-testid="offline-source">{describeSource(state.source)}</span>, lúc{' '}
          {new Date(state.fetchedAt).toLocaleString('vi-VN')}, có thể đã cũ.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}

/** What an action ended with: its error, or what it did. */
export function Outcome({ error, done, doneTitle }: { error: string | null; done: string | null; doneTitle?: string }): React.JSX.Element {
  return (
    <>
      {error && (
        <MessageBar layout="multiline" intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {done && (
        <MessageBar layout="multiline" intent="success" role="status">
          <MessageBarBody>
            {doneTitle && <MessageBarTitle>{doneTitle}</MessageBarTitle>}
            {done}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
