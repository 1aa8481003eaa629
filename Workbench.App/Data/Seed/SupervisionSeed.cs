using Microsoft.EntityFrameworkCore;
using Workbench.App.Data.Entities;
using Workbench.Core.Integrity;
using Workbench.Core.Platforms;
using Workbench.Core.Recognition;
using Workbench.Core.Services;

namespace Workbench.App.Data.Seed;

/// <summary>Demo data for 监督管理: 2025 summaries (on time, late, missing), major changes, complaints, a finding, services, a shortlist, messages.</summary>
internal static class SupervisionSeed
{
    public static async Task SeedAsync(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        if (await db.AnnualSummaries.AnyAsync(ct)) return;
        db.AuditAction = "导入演示数据";
        var now = clock.GetUtcNow();
        static DateTimeOffset At(int y, int m, int d) => new(y, m, d, 10, 0, 0, TimeSpan.FromHours(8));
        var platforms = await db.Platforms.Include(p => p.HostUnit).Where(p => p.Status != PlatformStatus.Revoked && p.RecognisedOn != null && p.RecognisedOn.Value.Year <= 2025)
            .OrderBy(p => p.Id).ToListAsync(ct);
        for (var i = 0; i < platforms.Count; i++)
        {
            var p = platforms[i];
            if (i % 5 == 4) continue;                       // missing
            var submitted = i % 5 == 3 ? new DateOnly(2026, 3, 12) : new DateOnly(2026, 2, 10 + i % 18); // late or on time
            db.AnnualSummaries.Add(new AnnualSummaryReport
            {
                PlatformId = p.Id, Year = 2025, SubmittedOn = submitted, SubmittedBy = "平台办公室",
                SummaryText = $"2025年，{p.Name}围绕全省科技创新需求，完成资源整合与目录更新，全年对外提供开放共享服务，接入湖南省科技资源共享服务网并按期更新资源信息；修订了管理制度和质量控制规范，开展了网络安全检查和数据容灾备份演练。",
                PlanText = $"2026年，{p.Name}将进一步扩大资源开放范围，完善在线服务系统，加强服务队伍建设，推进与省内外同类平台的合作，提升服务成效。",
            });
        }
        var host = platforms.Where(p => p.HostUnit!.Name == "长沙学院").ToList();
        var other = platforms.First(p => p.HostUnit!.Name != "长沙学院");
        if (host.Count > 0)
        {
            var a = host[0];
            var b = host.Count > 1 ? host[1] : host[0];
            db.MajorChanges.AddRange(
                new MajorChange { PlatformId = a.Id, Kind = MajorChangeKind.KeyPersonnel, Status = MajorChangeStatus.Filed, EffectiveOn = new DateOnly(2026, 11, 1), FiledAt = now.AddDays(-3), FiledBy = "陈静",
                    Description = "平台技术负责人王磊调任学校实验室管理处，由李娜（高级工程师）接任技术负责人，负责检测设备运维和质量控制。" },
                new MajorChange { PlatformId = b.Id, Kind = MajorChangeKind.InternalManagement, Status = MajorChangeStatus.Publicising, EffectiveOn = new DateOnly(2026, 10, 15), FiledAt = now.AddDays(-20), FiledBy = "陈静",
                    NoticeStart = new DateOnly(2026, 11, 23), NoticeEnd = new DateOnly(2026, 11, 27),
                    Description = "依托单位调整平台管理体制，平台由科技处归口管理调整为由新成立的科技成果转化中心归口管理，运行经费单独核算。" },
                new MajorChange { PlatformId = other.Id, Kind = MajorChangeKind.HeadChange, Status = MajorChangeStatus.Recorded, EffectiveOn = new DateOnly(2026, 6, 1), FiledAt = At(2026, 5, 10), FiledBy = "科技处",
                    NewHeadName = "周立新", NewHeadEmployer = other.HostUnit!.Name, NewHeadEmployment = EmploymentKind.FormalInService, NewHeadTitle = ProfessionalTitle.Senior,
                    NewHeadYearsInField = 18, NewHeadManagementYears = 8, NoticeStart = new DateOnly(2026, 5, 12), NoticeEnd = new DateOnly(2026, 5, 18),
                    NoticeOutcome = "公示期内无异议", ConfirmedAt = At(2026, 5, 20), ConfirmedBy = "主管部门", RecordedAt = At(2026, 5, 25),
                    Description = "原平台负责人因到龄退休，依托单位聘任周立新研究员为平台负责人。" });
        }
        var statuses = new[] { ComplaintStatus.Received, ComplaintStatus.Assigned, ComplaintStatus.Investigating, ComplaintStatus.Responded, ComplaintStatus.Closed };
        string[] names = ["李建军", "王秀英", "张伟", "刘洋", "陈芳"];
        string[] texts =
        [
            "本人所在企业预约该平台的仪器设备检测服务，平台以设备检修为由连续两个月未安排，网上资源目录却显示设备可用，请核实。",
            "平台在共享网公布的收费标准与实际收费不一致，实际收费明显高于公布标准，且未签订服务合同。",
            "平台对外宣称的科学数据资源大部分无法下载，联系电话长期无人接听，希望督促平台整改。",
            "我单位为公益性科研项目申请使用平台资源，平台要求按商业价格收费，认为不符合管理办法规定。",
            "平台工作人员在服务中泄露了我单位的检测样品信息，请求调查处理。",
        ];
        for (var i = 0; i < statuses.Length; i++)
        {
            var s = statuses[i];
            db.Complaints.Add(new Complaint
            {
                TrackingNumber = $"TS-2026-{i + 1:D6}", RealName = names[i], Phone = $"1387310{i:D4}", PlatformId = platforms[(i * 7) % platforms.Count].Id,
                Content = texts[i], Status = s, ReceivedAt = now.AddDays(-30 + i * 5),
                AssignedTo = s >= ComplaintStatus.Assigned ? "资源共享处 王建国" : null,
                InvestigationNotes = s >= ComplaintStatus.Investigating ? "【2026-11-10 王建国】已电话联系依托单位科技处，要求书面说明情况。" : null,
                Response = s >= ComplaintStatus.Responded ? "经核查，反映情况属实。已责令平台依托单位限期整改，退还多收费用并规范收费公示。感谢您的监督。" : null,
                RespondedAt = s >= ComplaintStatus.Responded ? now.AddDays(-3) : null, ClosedAt = s == ComplaintStatus.Closed ? now.AddDays(-1) : null,
            });
        }
        var culprit = platforms.Last();
        db.IntegrityFindings.Add(new IntegrityFinding
        {
            HostUnitId = culprit.HostUnitId, Kind = MisconductKind.Fraud, Serious = false, FoundOn = new DateOnly(2026, 9, 18), RecordedBy = "王建国", RecordedAt = At(2026, 9, 18),
            Facts = "该单位在2026年度考核评估材料中虚报服务用户数量和服务收入，经第三方机构现场核查属实。",
            Evidence = "第三方机构现场核查记录；服务合同抽查台账。",
        });
        if (host.Count > 0)
        {
            var p = host[0];
            var q = host.Count > 1 ? host[1] : host[0];
            db.ServiceRecords.AddRange(
                new ServiceRecord { PlatformId = p.Id, ServedOn = new DateOnly(2026, 3, 8), Purpose = ServicePurpose.Commercial, UserOrganisation = "湖南华信电子科技有限公司", Content = "电磁兼容（EMC）检测", Charging = Charging.Paid, ContractNumber = "CSU-JC-2026-018", Fee = 12000, Cost = 13500 },
                new ServiceRecord { PlatformId = p.Id, ServedOn = new DateOnly(2026, 4, 16), Purpose = ServicePurpose.PublicSafety, UserOrganisation = "长沙市市场监督管理局", Content = "电子产品质量安全抽检检测", Charging = Charging.Free },
                new ServiceRecord { PlatformId = p.Id, ServedOn = new DateOnly(2026, 5, 20), Purpose = ServicePurpose.PublicInterestResearch, UserOrganisation = "湖南大学", Content = "国家自然科学基金项目样品可靠性测试", Charging = Charging.Paid, ContractNumber = "CSU-JC-2026-031", Fee = 3000, Cost = 3000 },
                new ServiceRecord { PlatformId = p.Id, ServedOn = new DateOnly(2026, 7, 2), Purpose = ServicePurpose.Commercial, UserOrganisation = "长沙威胜信息技术有限公司", Content = "智能电表环境可靠性试验", Charging = Charging.Paid, ContractNumber = "CSU-JC-2026-045", Fee = 28000, Cost = 21000 },
                new ServiceRecord { PlatformId = q.Id, ServedOn = new DateOnly(2026, 6, 12), Purpose = ServicePurpose.GovernmentDecision, UserOrganisation = "长沙市科学技术局", Content = "科技型中小企业创新能力调查分析报告", Charging = Charging.Free },
                new ServiceRecord { PlatformId = q.Id, ServedOn = new DateOnly(2026, 8, 25), Purpose = ServicePurpose.Commercial, UserOrganisation = "湖南麓谷创客空间管理有限公司", Content = "创业项目知识产权检索与评估", Charging = Charging.Paid, ContractNumber = "CSU-CY-2026-007", Fee = 5000, Cost = 5600 });
        }
        var excellent = await db.PlatformEvents.Where(e => e.Kind == PlatformEventKind.Evaluated && e.Title.Contains("优秀")).Select(e => e.PlatformId).Distinct().OrderBy(id => id).Take(2).ToListAsync(ct);
        foreach (var id in excellent)
            db.ShortlistEntries.Add(new ShortlistEntry { PlatformId = id, Reason = "最近一次考核评估结果为优秀，资源整合能力和服务成效突出（第十条）。", AddedAt = now.AddDays(-10), AddedBy = "王建国" });
        db.InboxMessages.AddRange(
            new InboxMessage { UserName = "host", Title = "欢迎使用监督管理功能", Body = "请按时提交年度总结（次年2月底前，第十五条），发生重大变化时及时报备（第十八条），并如实登记服务记录（第十三、十四条）。", Link = "/supervision", ReasonKey = "welcome", CreatedAt = now.AddDays(-5) },
            new InboxMessage { UserName = "dept", Title = "有重大事项待公示", Body = "长沙学院报备了重大事项，请组织公示并确认（第十八条）。", Link = "/supervision/changes", ReasonKey = "welcome", CreatedAt = now.AddDays(-3) },
            new InboxMessage { UserName = "admin", Title = "国家平台推荐名单已更新", Body = "已根据考核评估结果初步遴选优秀平台，请审定（第十条）。", Link = "/supervision/shortlist", ReasonKey = "welcome", CreatedAt = now.AddDays(-10), ReadAt = now.AddDays(-9) });
        await db.SaveChangesAsync(ct);
    }
}
