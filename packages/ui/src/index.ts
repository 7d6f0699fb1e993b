export type { Locale } from './i18n/locale.js';
export { LOCALES, DEFAULT_LOCALE, LOCALE_STORAGE_KEY, isLocale } from './i18n/locale.js';
export {
  createMessages,
  interpolate,
  type Message,
  type Messages,
  type MessageParams,
  type Translate,
} from './i18n/messages.js';
export { I18nProvider, useLocale, type I18nProviderProps, type LocaleContextValue } from './i18n/i18n-provider.js';
export { useT } from './i18n/use-t.js';
export { formatDate, formatNumber, formatHours } from './i18n/format.js';
export { LanguageSwitch, type LanguageSwitchProps } from './i18n/language-switch.js';

export { Root, type RootProps } from './components/root.js';
export { Page, type PageProps } from './components/page.js';
export { Section, type SectionProps } from './components/section.js';
export { Card, type CardProps } from './components/card.js';
export { Stack, type StackProps, type Gap } from './components/stack.js';
export { Cluster, type ClusterProps } from './components/cluster.js';
export { Button, type ButtonProps, type ButtonVariant } from './components/button.js';
export type { FieldProps } from './components/field.js';
export { TextField, type TextFieldProps } from './components/text-field.js';
export { TextArea, type TextAreaProps } from './components/text-area.js';
export { NumberField, type NumberFieldProps } from './components/number-field.js';
export { Select, type SelectProps, type SelectOption } from './components/select.js';
export { Checkbox, type CheckboxProps } from './components/checkbox.js';
export { RadioGroup, type RadioGroupProps, type RadioOption } from './components/radio-group.js';
export { ScaleInput, type ScaleInputProps } from './components/scale-input.js';
export { DateField, type DateFieldProps } from './components/date-field.js';
export { Fieldset, type FieldsetProps } from './components/fieldset.js';
export { Alert, type AlertProps, type AlertTone } from './components/alert.js';
export { StatusBadge, type StatusBadgeProps, type BadgeTone } from './components/status-badge.js';
export { EmptyState, type EmptyStateProps } from './components/empty-state.js';
export { LoadingState, type LoadingStateProps } from './components/loading-state.js';
export { ErrorState, type ErrorStateProps } from './components/error-state.js';
export {
  DataTable,
  type DataTableProps,
  type DataTableColumn,
  type DataTableSort,
  type SortDirection,
} from './components/data-table.js';
export { Tabs, type TabsProps, type TabItem } from './components/tabs.js';
export { Dialog, type DialogProps } from './components/dialog.js';
export { SkipLink, type SkipLinkProps } from './components/skip-link.js';
export { VisuallyHidden, type VisuallyHiddenProps } from './components/visually-hidden.js';
export { KeyFigures, type KeyFiguresProps, type KeyFigure } from './components/key-figures.js';

export { LineChart, type LineChartProps, type LineSeries, type LineBand } from './charts/line-chart.js';
export { BarChart, type BarChartProps, type BarSeries, type BarMarker } from './charts/bar-chart.js';
export { StackedBarChart, type StackedBarChartProps } from './charts/stacked-bar-chart.js';
export { Sparkline, type SparklineProps } from './charts/sparkline.js';
export type { ValueFormat } from './charts/use-value-format.js';
export {
  bandScale,
  extent,
  linePath,
  linearScale,
  niceStep,
  niceTicks,
  regionsAbove,
  spreadLabels,
  stack,
} from './charts/scale.js';
