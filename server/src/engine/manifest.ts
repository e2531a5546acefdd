// Facts about AndroidManifest.xml elements shared by the manifest rules: the effective targetSdk, whether
// a component is exported (explicitly or by the pre-31 intent-filter default), launcher and deep-link
// filters, permission protection levels. Pure functions over the parsed XML; unknown stays undefined.
import type { XmlDocument, XmlElement } from '../parsing/xml';
import type { ProjectModel } from './project';
import { splitWords } from './sensitive';

export type ComponentTag = 'activity' | 'activity-alias' | 'service' | 'receiver' | 'provider';
export const COMPONENT_TAGS: ReadonlySet<string> = new Set<ComponentTag>(['activity', 'activity-alias', 'service', 'receiver', 'provider']);

export function isComponent(el: XmlElement): boolean {
  return COMPONENT_TAGS.has(el.name) && el.parent?.name === 'application';
}

/** The value of `android:<name>`, trimmed; undefined when absent or still being typed. */
export function androidAttr(el: XmlElement, name: string): string | undefined {
  return el.attr(`android:${name}`)?.value?.trim();
}

/** `"true"` / `"false"` literally; undefined for absent, resource references (`@bool/x`), placeholders. */
export function boolAttr(el: XmlElement, name: string): boolean | undefined {
  const v = androidAttr(el, name)?.toLowerCase();
  return v === 'true' ? true : v === 'false' ? false : undefined;
}

/** A decimal SDK level as written in a manifest; undefined for placeholders and references. */
export function sdkNumber(value: string | undefined): number | undefined {
  return value !== undefined && /^\d{1,3}$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

/**
 * The targetSdk that applies: the project model's (Gradle) first, then `<uses-sdk android:targetSdkVersion>`
 * in this manifest. Undefined when neither is known; rules then treat SDK-dependent defaults as unknown.
 */
export function effectiveTargetSdk(project: ProjectModel, xml: XmlDocument | undefined): number | undefined {
  return targetSdkWithSource(project, xml)?.sdk;
}

/** effectiveTargetSdk with where it came from (`the build` or `<uses-sdk>`), for messages. */
export function targetSdkWithSource(project: ProjectModel, xml: XmlDocument | undefined): { sdk: number; source: string } | undefined {
  if (project.targetSdk !== undefined) return { sdk: project.targetSdk, source: 'the build' };
  const usesSdk = xml?.root?.children.find((c) => c.name === 'uses-sdk');
  const sdk = usesSdk ? sdkNumber(androidAttr(usesSdk, 'targetSdkVersion')) : undefined;
  return sdk === undefined ? undefined : { sdk, source: '<uses-sdk>' };
}

/** `tools:node="remove"` / `"removeAll"`: the manifest merger drops the element from the app. */
export function isRemovedByMerger(el: XmlElement): boolean {
  const v = el.attr('tools:node')?.value?.trim();
  return v === 'remove' || v === 'removeAll';
}

export function intentFilters(el: XmlElement): XmlElement[] {
  return el.children.filter((c) => c.name === 'intent-filter');
}

/** The `android:name` values of a filter's children with the given tag (`action`, `category`). */
export function filterNames(filter: XmlElement, tag: 'action' | 'category'): string[] {
  return filter.children.filter((c) => c.name === tag).flatMap((c) => {
    const v = androidAttr(c, 'name');
    return v ? [v] : [];
  });
}

/** The schemes of a filter's `<data>` children (all `<data>` elements of one filter are merged). */
export function filterSchemes(filter: XmlElement): string[] {
  return filter.children.filter((c) => c.name === 'data').flatMap((c) => {
    const v = androidAttr(c, 'scheme');
    return v ? [v] : [];
  });
}

/** An intent-filter with ACTION_MAIN and the (leanback) launcher category. */
export function isLauncherFilter(filter: XmlElement): boolean {
  const categories = filterNames(filter, 'category');
  return (
    filterNames(filter, 'action').includes('android.intent.action.MAIN') &&
    (categories.includes('android.intent.category.LAUNCHER') || categories.includes('android.intent.category.LEANBACK_LAUNCHER'))
  );
}

export function isLauncher(el: XmlElement): boolean {
  return intentFilters(el).some(isLauncherFilter);
}

export function isBrowsableFilter(filter: XmlElement): boolean {
  return filterNames(filter, 'category').includes('android.intent.category.BROWSABLE');
}

export function isBrowsable(el: XmlElement): boolean {
  return intentFilters(el).some(isBrowsableFilter);
}

export interface ExportState {
  /** true / false when known; undefined when it depends on an unknown targetSdk or a non-literal value. */
  exported: boolean | undefined;
  /** `android:exported` is written on the element. */
  explicit: boolean;
  /** Why it is exported when not explicit: an intent-filter before API 31, or the provider default before 17. */
  implicitReason?: 'intent-filter' | 'provider-default';
}

/**
 * Whether a component is exported. Explicit `android:exported` wins. Without it: components with an
 * intent-filter are exported when targetSdk < 31 (from 31 the build and install fail); providers are
 * exported when targetSdk < 17; everything else is private.
 */
export function exportState(el: XmlElement, targetSdk: number | undefined): ExportState {
  const attr = el.attr('android:exported');
  if (attr) return { exported: boolAttr(el, 'exported'), explicit: true };
  if (el.name === 'provider') {
    if (targetSdk === undefined) return { exported: undefined, explicit: false };
    return targetSdk < 17 ? { exported: true, explicit: false, implicitReason: 'provider-default' } : { exported: false, explicit: false };
  }
  if (intentFilters(el).length === 0) return { exported: false, explicit: false };
  if (targetSdk === undefined || targetSdk >= 31) return { exported: undefined, explicit: false };
  return { exported: true, explicit: false, implicitReason: 'intent-filter' };
}

/** `<permission>` declarations of this manifest, by name. */
export function declaredPermissions(xml: XmlDocument | undefined): Map<string, XmlElement> {
  const out = new Map<string, XmlElement>();
  for (const el of xml?.root?.children ?? []) {
    if (el.name !== 'permission') continue;
    const name = androidAttr(el, 'name');
    if (name) out.set(name, el);
  }
  return out;
}

export type ProtectionStrength = 'weak' | 'strong' | 'unknown';

/**
 * How strong a `<permission>`'s protectionLevel is: `normal`, `dangerous` and absent (= normal) are weak,
 * anything with `signature` (or the legacy `signatureOrSystem`, or `system`) is strong. Hex values use the
 * base level in the low bits. References and placeholders are unknown.
 */
export function protectionStrength(permission: XmlElement): { strength: ProtectionStrength; level: string } {
  const raw = androidAttr(permission, 'protectionLevel');
  if (raw === undefined) return { strength: permission.attr('android:protectionLevel') ? 'unknown' : 'weak', level: 'normal (the default)' };
  if (/^0x[0-9a-f]+$/i.test(raw)) {
    const base = parseInt(raw, 16) & 0xf;
    return { strength: base >= 2 ? 'strong' : 'weak', level: raw };
  }
  if (/^[@$]/.test(raw) || raw === '') return { strength: 'unknown', level: raw };
  const parts = raw.split('|').map((p) => p.trim());
  if (parts.some((p) => p === 'signature' || p === 'signatureOrSystem' || p === 'system')) return { strength: 'strong', level: raw };
  if (parts.every((p) => p === 'normal' || p === 'dangerous' || p === 'instant' || p === 'runtime')) return { strength: 'weak', level: raw };
  return { strength: 'unknown', level: raw };
}

/**
 * Platform and Play-services permissions that only the system (or Google Play services) can hold:
 * a component guarded by one of them is not reachable by ordinary apps.
 */
export function isSystemOnlyPermission(name: string): boolean {
  if (/^android\.permission\.BIND_[A-Z0-9_]+$/.test(name)) return true;
  return SYSTEM_ONLY_PERMISSIONS.has(name);
}

const SYSTEM_ONLY_PERMISSIONS = new Set([
  'android.permission.BROADCAST_SMS',
  'android.permission.BROADCAST_WAP_PUSH',
  'android.permission.BROADCAST_PACKAGE_REMOVED',
  'android.permission.SEND_RESPOND_VIA_MESSAGE',
  'android.permission.INSTALL_PACKAGES',
  'android.permission.DUMP',
  'android.permission.MANAGE_DOCUMENTS',
  'android.permission.ACCOUNT_MANAGER',
  'android.permission.PROVIDE_REMOTE_CREDENTIALS',
  'android.permission.START_VIEW_PERMISSION_USAGE',
  'android.permission.START_VIEW_APP_FEATURES',
  'android.permission.STATUS_BAR_SERVICE',
  'com.google.android.c2dm.permission.SEND',
  'com.google.android.gms.auth.api.phone.permission.SEND',
  'com.android.vending.INSTALL_REFERRER',
  'com.android.vending.CHECK_LICENSE',
]);

/** Platform permissions any app can obtain (normal, or dangerous with one user tap): no protection for IPC. */
export const WEAK_PLATFORM_PERMISSIONS: ReadonlySet<string> = new Set([
  'android.permission.INTERNET',
  'android.permission.ACCESS_NETWORK_STATE',
  'android.permission.ACCESS_WIFI_STATE',
  'android.permission.WAKE_LOCK',
  'android.permission.VIBRATE',
  'android.permission.RECEIVE_BOOT_COMPLETED',
  'android.permission.FOREGROUND_SERVICE',
  'android.permission.POST_NOTIFICATIONS',
  'android.permission.USE_BIOMETRIC',
  'android.permission.CAMERA',
  'android.permission.READ_PHONE_STATE',
  'android.permission.READ_CONTACTS',
  'android.permission.RECEIVE_SMS',
  'android.permission.READ_SMS',
  'android.permission.READ_EXTERNAL_STORAGE',
  'android.permission.WRITE_EXTERNAL_STORAGE',
  'android.permission.ACCESS_FINE_LOCATION',
  'android.permission.ACCESS_COARSE_LOCATION',
]);

/**
 * The Gradle source set a manifest path belongs to (`src/<set>/AndroidManifest.xml`), or undefined for
 * paths outside the `src/<set>/` convention (legacy single-manifest projects).
 */
export function manifestSourceSet(path: string): string | undefined {
  const m = /(?:^|\/)src\/([A-Za-z0-9_]+)\/AndroidManifest\.xml$/.exec(path.replace(/\\/g, '/'));
  return m ? m[1] : undefined;
}

/**
 * The module's main manifest (`src/main/…`, or a manifest outside the source-set convention). Flavour and
 * build-type manifests are overlays merged on top: an attribute missing there says nothing.
 */
export function isMainManifest(path: string): boolean {
  const set = manifestSourceSet(path);
  return set === undefined || set === 'main';
}

const NON_PRODUCTION_WORDS = new Set(['dev', 'develop', 'development', 'staging', 'stage', 'qa', 'uat', 'mock', 'sandbox', 'local', 'demo', 'e2e', 'preprod']);

/** A flavour or build-type manifest whose name says it is not the production app (`src/staging/…`, `src/devRelease/…`). */
export function isNonProductionManifest(path: string): boolean {
  const set = manifestSourceSet(path);
  return set !== undefined && set !== 'main' && splitWords(set).some((w) => NON_PRODUCTION_WORDS.has(w));
}

/**
 * For app-level absence checks: the project's markers when `el` is an app's `<application>` and the
 * project is known; undefined for any other element, a library module, or an unknown project (then the
 * rule stays silent: absence cannot be proven without the whole project).
 */
export function appLevelMarkers(el: XmlElement, project: ProjectModel): Set<string> | undefined {
  if (el.name !== 'application' || el.parent?.name !== 'manifest') return undefined;
  if (!project.markers || project.isLibrary) return undefined;
  return project.markers;
}
