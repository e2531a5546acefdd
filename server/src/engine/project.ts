// Facts about the Android project a file belongs to. Built from disk by server/src/project/
// (outside the engine); rules only read it. Every field is optional: unknown means "don't fire".
import type { ConstantTable } from './constants';
import type { Range } from './types';

export interface ComponentFact {
  tag: 'activity' | 'activity-alias' | 'service' | 'receiver' | 'provider';
  name: string;
  exported?: boolean;
  hasIntentFilter: boolean;
  permission?: string;
  /** `android:name` of the `<action>`s of the component's intent-filters (undefined when not read). */
  actions?: string[];
  range: Range;
}

export interface ProjectModel {
  /** Module root folder (holds build.gradle[.kts] or src/main/AndroidManifest.xml). */
  moduleRoot?: string;
  /** Path of the module's main AndroidManifest.xml. */
  manifestPath?: string;
  minSdk?: number;
  targetSdk?: number;
  /** Where minSdk/targetSdk came from, for messages. */
  sdkSource?: string;
  /** True when the module is an Android library (com.android.library): app-level attributes don't apply. */
  isLibrary?: boolean;
  applicationId?: string;
  /** `android:networkSecurityConfig` is set on the application. */
  hasNetworkSecurityConfig?: boolean;
  components?: ComponentFact[];
  permissions?: string[];
  /** Gradle dependency coordinates (`group:name:version`) of configurations that ship in release (not test, debug, compile-only). */
  dependencies?: string[];
  /** Release build type settings as read from Gradle (`minifyEnabled`, `debuggable`, …). */
  releaseBuildType?: Record<string, string>;
  /** Names and calls seen anywhere in the project's sources (e.g. `CertificatePinner`), for absence checks. */
  markers?: Set<string>;
  /** String and number constants declared anywhere in the project. */
  constants?: ConstantTable;
  /** Gradle project root (topmost folder with settings.gradle[.kts], else the module root). */
  projectRoot?: string;
  /** Path of the module's build.gradle[.kts]. */
  gradlePath?: string;
  /** `package` attribute of the main manifest. */
  manifestPackage?: string;
  /** `android { namespace = … }`. */
  namespace?: string;
  /** Plugin ids applied by the module's build file (catalog aliases resolved). */
  plugins?: string[];
  /** Version-catalog libraries: `libs.<alias with dots, lower case>` → `group:name[:version]`. */
  catalogLibraries?: Record<string, string>;
  /** Every dependency declaration of the module with its configuration (test and debug ones included). */
  dependencyDeclarations?: { configuration: string; coordinate: string }[];
}

export const EMPTY_PROJECT: ProjectModel = Object.freeze({});
