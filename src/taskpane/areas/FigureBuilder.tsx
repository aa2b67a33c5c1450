/** The figure of one indicator: what to show, the phrasing, a live preview, insert at the cursor, cite the source. */
import * as React from 'react';
import { Button, Checkbox, Field, Input, Select, Text } from '@fluentui/react-components';
import { periodEnd, renderFigure } from '../../core/figures/render';
import { FIGURE_KINDS, type FigureKind, type FigureSpec } from '../../core/figures/spec';
import type { Indicator, PeriodData } from '../../core/indicators/schema';
import { useServices } from '../services';
import { useAreaStyles } from './common';
import { HAS_BASIS, KIND_LABELS, phrasingLabel, phrasingsFor, templateFromVietnamese, templateToVietnamese } from './phrasings';

type Basis = 'value' | 'cumulative';
type CompareTo = 'samePeriod' | 'previous';
export type Notice = { intent: 'success' | 'error'; text: string };

const CUSTOM = '__custom__';

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export interface FigureBuilderProps {
  indicator: Indicator;
  data: PeriodData;
  period: string;
  /** Default "Tính theo" to lũy kế (a "6 tháng đầu năm" report). */
  cumulative?: boolean;
  onNotice(n: Notice): void;
}

export function FigureBuilder({ indicator, data, period, cumulative, onNotice }: FigureBuilderProps): React.JSX.Element {
  const styles = useAreaStyles();
  const { port } = useServices();
  const [kind, setKind] = React.useState<FigureKind>('ratio');
  const [basis, setBasis] = React.useState<Basis>(cumulative ? 'cumulative' : 'value');
  const [compareTo, setCompareTo] = React.useState<CompareTo>('samePeriod');
  const [template, setTemplate] = React.useState(phrasingsFor('ratio', 'samePeriod')[0]);
  const [others, setOthers] = React.useState<string[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [lastFigure, setLastFigure] = React.useState<string | null>(null);

  // Sums only make sense between indicators of the same unit; a share only of the whole the data
  // declares this indicator a part of (dividing by any same-unit indicator gave "chiếm 4.847,6%").
  const sameUnit = data.indicators.filter((i) => i.id !== indicator.id && i.unit === indicator.unit);
  const whole = indicator.parent ? data.indicators.find((i) => i.id === indicator.parent) : undefined;
  const phrasings = phrasingsFor(kind, compareTo);
  const chooseKind = (k: FigureKind, c: CompareTo = compareTo): void => {
    setKind(k);
    setTemplate(phrasingsFor(k, c)[0]);
    setOthers(k === 'share' && whole ? [whole.id] : []);
  };
  const indicators = kind === 'share' || kind === 'sum' ? [indicator.id, ...others] : [indicator.id];
  const spec: FigureSpec = {
    kind,
    indicators,
    template,
    ...(HAS_BASIS.includes(kind) && basis === 'cumulative' ? { basis } : {}),
    ...(kind === 'change' && compareTo === 'previous' ? { compareTo } : {}),
  };
  const needsMore = (kind === 'share' && others.length !== 1) || (kind === 'sum' && others.length < 1);
  const preview = needsMore ? null : renderFigure(spec, data);

  const run = async (what: () => Promise<string>, failure: string): Promise<void> => {
    setBusy(true);
    try {
      onNotice({ intent: 'success', text: await what() });
    } catch (err) {
      onNotice({ intent: 'error', text: `${failure}: ${errorText(err)}. Đặt con trỏ vào đoạn văn rồi thử lại.` });
    } finally {
      setBusy(false);
    }
  };
  const insert = (): Promise<void> =>
    run(async () => {
      if (!port || !preview?.ok) throw new Error('chưa có số liệu để chèn');
      const f = await port.insertFigure(spec, preview.text, { selection: true });
      setLastFigure(f.key);
      return `Đã chèn “${preview.text}”.`;
    }, 'Không chèn được');
  const insertSource = (): Promise<void> =>
    run(async () => {
      if (!port) throw new Error('tài liệu chưa mở');
      const note = `Nguồn: ${indicator.department}; số liệu đến ${periodEnd(period)}.`;
      // One source, one footnote: a second identical note would only repeat the first.
      const { blocks } = await port.readText();
      const same = blocks.find((b) => b.story === 'footnote' && b.text.trim() === note);
      if (same) return `Chú thích “${note}” đã có trong tài liệu: dùng lại chú thích đó, không chèn thêm.`;
      // Right after the figure just inserted; otherwise where the cursor is.
      await port.insertFootnote([note], lastFigure ? { afterFigure: lastFigure } : { selection: true });
      return `Đã chèn chú thích “${note}”.`;
    }, 'Không chèn được chú thích');

  return (
    <>
      <Field label="Hiển thị">
        <Select className={styles.fill} value={kind} onChange={(_, d) => chooseKind(d.value as FigureKind)}>
          {FIGURE_KINDS.map((k) => (
            <option key={k} value={k} disabled={(k === 'share' && !whole) || (k === 'sum' && sameUnit.length === 0)}>
              {k === 'share' && !whole ? `${KIND_LABELS[k]} (nguồn không khai báo chỉ tiêu tổng)` : KIND_LABELS[k]}
            </option>
          ))}
        </Select>
      </Field>
      {HAS_BASIS.includes(kind) && (
        <Field label="Tính theo">
          <Select className={styles.fill} value={basis} onChange={(_, d) => setBasis(d.value as Basis)}>
            <option value="value">Số thực hiện trong kỳ</option>
            <option value="cumulative">Số lũy kế</option>
          </Select>
        </Field>
      )}
      {kind === 'change' && (
        <Field label="So với">
          <Select
            className={styles.fill}
            value={compareTo}
            onChange={(_, d) => {
              setCompareTo(d.value as CompareTo);
              chooseKind(kind, d.value as CompareTo);
            }}
          >
            <option value="samePeriod">Cùng kỳ năm trước</option>
            <option value="previous">Kỳ trước</option>
          </Select>
        </Field>
      )}
      {kind === 'share' && whole && (
        <Text size={200}>
          Tỷ trọng trong chỉ tiêu tổng “{whole.name}” (nguồn dữ liệu khai báo “{indicator.name}” là một phần của nó).
        </Text>
      )}
      {kind === 'sum' && (
        <fieldset className={styles.fieldset}>
          <legend>Cộng thêm các chỉ tiêu</legend>
          {sameUnit.map((i) => (
            <Checkbox
              key={i.id}
              label={i.name}
              checked={others.includes(i.id)}
              onChange={(_, d) => setOthers((o) => (d.checked ? [...o, i.id] : o.filter((x) => x !== i.id)))}
            />
          ))}
        </fieldset>
      )}
      <Field label="Cách viết">
        <Select className={styles.fill} value={phrasings.includes(template) ? template : CUSTOM} onChange={(_, d) => d.value !== CUSTOM && setTemplate(d.value)}>
          {phrasings.map((p) => (
            <option key={p} value={p}>
              {phrasingLabel(p)}
            </option>
          ))}
          <option value={CUSTOM}>Tự viết mẫu câu…</option>
        </Select>
      </Field>
      <Field label="Mẫu câu" hint="Các chỗ ‹…› (‹số›, ‹kế hoạch›, ‹tỷ lệ›, ‹đơn vị›…) được thay bằng số liệu; chữ khác giữ nguyên.">
        <Input value={templateToVietnamese(template)} onChange={(_, d) => setTemplate(templateFromVietnamese(d.value))} />
      </Field>
      <Field
        label="Xem trước"
        validationState={preview && !preview.ok ? 'error' : 'none'}
        validationMessage={needsMore ? 'Chọn thêm chỉ tiêu để tính.' : preview && !preview.ok ? preview.message : undefined}
      >
        <Text font="monospace" aria-live="polite" data-testid="figure-preview">
          {preview?.ok ? preview.text : '—'}
        </Text>
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={!port || !preview?.ok || busy} onClick={() => void insert()}>
          Chèn vào vị trí con trỏ
        </Button>
        <Button disabled={!port || busy} onClick={() => void insertSource()}>
          Chèn chú thích nguồn
        </Button>
      </div>
    </>
  );
}
