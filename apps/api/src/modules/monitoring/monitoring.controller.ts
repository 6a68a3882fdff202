import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { BottleneckQueryDto } from './dto/bottleneck-query.dto';
import { MonitoringService } from './monitoring.service';
import type { BottlenecksView } from './views/bottleneck-view';

const BOTTLENECKS_DESCRIPTION = [
  'Một dòng cho mỗi bước (definitionKey, elementId) của quy trình, tính trên các công việc do đơn vị',
  'trong phạm vi xử lý (tasks.locality_id: đơn vị đang giữ bước đó, không phải đơn vị lập hồ sơ).',
  '`open`: đang mở lúc này; `completed`: hoàn thành trong khoảng [from, to] (ngày theo giờ Việt Nam, tính cả hai đầu;',
  'thiếu from/to: không giới hạn đầu đó); `overdueOpen`: đang mở và đã quá hạn; `completedLate`: hoàn thành trong',
  'khoảng sau hạn; `overdue` = tổng hai số đó; `medianWaitHours`, `p90WaitHours`: trung vị và phân vị 90 (nội suy,',
  'percentile_cont) số giờ từ lúc mở đến lúc hoàn thành của các công việc hoàn thành trong khoảng; `oldestOpenHours`:',
  'số giờ công việc mở lâu nhất đã chờ. Công việc bị huỷ không được tính. Sắp xếp: `overdue` giảm dần, rồi',
  '`p90WaitHours`, rồi `oldestOpenHours` giảm dần. Ai được xem: giám sát viên và quản trị viên (phạm vi: đơn vị',
  'của mình và cấp dưới, kể cả đơn vị đã sáp nhập vào), quản trị hệ thống (toàn bộ); vai trò khác: 403',
  'MONITORING_FORBIDDEN. `localityId` thu hẹp về cây đơn vị đó; ngoài phạm vi: 403 MONITORING_LOCALITY_FORBIDDEN,',
  'không tồn tại: 404 LOCALITY_NOT_FOUND. `definitionKey` chưa từng triển khai: 404 PROCESS_DEFINITION_NOT_FOUND.',
  'Ngày sai dạng: 400 VALIDATION_FAILED; from sau to: 400 DATE_RANGE_INVALID.',
].join(' ');

@ApiTags('monitoring')
@ApiBearerAuth()
@Controller('monitoring')
export class MonitoringController {
  constructor(private readonly monitoring: MonitoringService) {}

  @Get('bottlenecks')
  @ApiOperation({ summary: 'Hồ sơ đang chờ ở bước nào: số việc mở, hoàn thành, quá hạn, thời gian chờ theo từng bước', description: BOTTLENECKS_DESCRIPTION })
  @ApiOkResponse({
    schema: {
      example: {
        asOf: '2026-03-12T02:00:00.000Z',
        definitionKey: 'commendation-four-tier',
        localityId: null,
        from: '2026-03-01',
        to: '2026-03-31',
        rows: [
          {
            definitionKey: 'commendation-four-tier',
            elementId: 'commune_council',
            name: 'Hội đồng TĐKT xã họp, biểu quyết đề nghị khen thưởng',
            level: 'commune',
            open: 2,
            completed: 4,
            overdue: 2,
            overdueOpen: 1,
            completedLate: 1,
            medianWaitHours: 72,
            p90WaitHours: 163.2,
            oldestOpenHours: 240,
          },
        ],
      },
    },
  })
  bottlenecks(@CurrentUser() user: AuthenticatedUser, @Query() query: BottleneckQueryDto): Promise<BottlenecksView> {
    return this.monitoring.bottlenecks(user, query);
  }
}
