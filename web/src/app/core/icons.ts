import {
  AlertOutline,
  BarChartOutline,
  ClockCircleOutline,
  DashboardOutline,
  FileAddOutline,
  FileTextOutline,
  LockOutline,
  LogoutOutline,
  MenuFoldOutline,
  MenuUnfoldOutline,
  SettingOutline,
  SwapOutline,
  UserOutline,
} from '@ant-design/icons-angular/icons';
import type { IconDefinition } from '@ant-design/icons-angular';

/**
 * Every icon the app uses, bundled so nothing is fetched at run time.
 * ng-zorro registers the ones its own components need (loading, close, …) itself.
 */
export const APP_ICONS: IconDefinition[] = [
  AlertOutline,
  BarChartOutline,
  ClockCircleOutline,
  DashboardOutline,
  FileAddOutline,
  FileTextOutline,
  LockOutline,
  LogoutOutline,
  MenuFoldOutline,
  MenuUnfoldOutline,
  SettingOutline,
  SwapOutline,
  UserOutline,
];
