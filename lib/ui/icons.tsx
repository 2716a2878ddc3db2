import type { JSX } from 'preact';
import { Checkmark16Regular } from '@fluentui/react-icons/headless/svg/checkmark';
import { CheckmarkCircle16Filled } from '@fluentui/react-icons/headless/svg/checkmark-circle';
import { ChevronDown16Regular } from '@fluentui/react-icons/headless/svg/chevron-down';
import { ChevronRight16Regular } from '@fluentui/react-icons/headless/svg/chevron-right';
import { Copy20Regular } from '@fluentui/react-icons/headless/svg/copy';
import { Delete20Regular } from '@fluentui/react-icons/headless/svg/delete';
import { ErrorCircle16Filled } from '@fluentui/react-icons/headless/svg/error-circle';
import { Eye20Regular } from '@fluentui/react-icons/headless/svg/eye';
import { EyeOff20Regular } from '@fluentui/react-icons/headless/svg/eye-off';
import { Info16Regular } from '@fluentui/react-icons/headless/svg/info';
import { Open16Regular } from '@fluentui/react-icons/headless/svg/open';
import { PanelRight20Regular } from '@fluentui/react-icons/headless/svg/panel-right';
import { Warning16Filled } from '@fluentui/react-icons/headless/svg/warning';

/**
 * The few Fluent System Icons the pages use, from @fluentui/react-icons' headless build (plain
 * SVG, no CSS-in-JS runtime) through Preact's compat layer; importing each icon's own module
 * keeps the bundle to these. Icons are decorative (aria-hidden): the button or text beside them
 * carries the name.
 */
export type Icon = (props: { class?: string }) => JSX.Element;

const icon =
  (Component: unknown): Icon =>
  (props) => {
    const C = Component as (p: { className?: string }) => JSX.Element;
    return <C className={`icon ${props.class ?? ''}`.trim()} />;
  };

export const CopyIcon = icon(Copy20Regular);
export const RevealIcon = icon(Eye20Regular);
export const HideIcon = icon(EyeOff20Regular);
export const ForgetIcon = icon(Delete20Regular);
export const DoneIcon = icon(Checkmark16Regular);
export const OpenIcon = icon(Open16Regular);
export const ExpandIcon = icon(ChevronRight16Regular);
export const CollapseIcon = icon(ChevronDown16Regular);
export const SuccessIcon = icon(CheckmarkCircle16Filled);
export const WarningIcon = icon(Warning16Filled);
export const ErrorIcon = icon(ErrorCircle16Filled);
export const InfoIcon = icon(Info16Regular);
export const PanelIcon = icon(PanelRight20Regular);
