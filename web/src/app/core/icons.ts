import {
  AlertOutline,
  ArrowLeftOutline,
  BarChartOutline,
  ClockCircleOutline,
  DashboardOutline,
  DeleteOutline,
  EditOutline,
  EnvironmentOutline,
  EyeInvisibleOutline,
  FileAddOutline,
  FileTextOutline,
  LockOutline,
  LogoutOutline,
  MenuFoldOutline,
  MenuUnfoldOutline,
  RightOutline,
  SearchOutline,
  SettingOutline,
  SwapOutline,
  UserAddOutline,
  UserOutline,
} from '@ant-design/icons-angular/icons';
import type { IconDefinition } from '@ant-design/icons-angular';

/**
 * Every icon the app uses, bundled so nothing is fetched at run time.
 * ng-zorro registers the ones its own components need (loading, close, …) itself.
 */
export const APP_ICONS: IconDefinition[] = [
  AlertOutline,
  ArrowLeftOutline,
  BarChartOutline,
  ClockCircleOutline,
  DashboardOutline,
  DeleteOutline,
  EditOutline,
  EnvironmentOutline,
  EyeInvisibleOutline,
  FileAddOutline,
  FileTextOutline,
  LockOutline,
  LogoutOutline,
  MenuFoldOutline,
  MenuUnfoldOutline,
  RightOutline,
  SearchOutline,
  SettingOutline,
  SwapOutline,
  UserAddOutline,
  UserOutline,
];
