using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data.Entities;
using Workbench.App.Infrastructure;
using Workbench.Core;
using Workbench.Core.Platforms;

namespace Workbench.App.Data.Seed;

/// <summary>Creates roles always, and the demo data set into an empty database when seeding is switched on.</summary>
public sealed class DemoSeeder(IDbContextFactory<WorkbenchDbContext> dbf, UserManager<AppUser> users, RoleManager<IdentityRole> roles, TimeProvider clock, Infrastructure.FileStore files)
{
    public const string DemoPassword = "Workbench#2026";

    public static readonly (string UserName, Role Role, string Description)[] DemoAccounts =
    [
        ("admin", Role.Admin, "湖南省科学技术厅 资源共享处"),
        ("dept", Role.Department, "长沙市科学技术局"),
        ("host", Role.HostUnit, "长沙学院"),
        ("agency", Role.Agency, "湖南省科技评估中心（第三方机构）"),
        ("expert1", Role.Expert, "张明远 教授（湖南大学）"),
        ("expert2", Role.Expert, "李晓红 教授（湖南师范大学）"),
        ("expert3", Role.Expert, "王建华 研究员（湖南省农业科学院）"),
        ("expert4", Role.Expert, "刘德胜 教授（国防科技大学）"),
        ("expert5", Role.Expert, "陈丽君 研究员（湖南省科学技术信息研究所）"),
        ("expert6", Role.Expert, "杨志强 正高级工程师（湖南省计量检测研究院）"),
        ("expert7", Role.Expert, "赵文静 教授（湖南财政经济学院）"),
    ];

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Enum.GetValues<Role>())
            if (!await roles.RoleExistsAsync(role.ToString()))
                await roles.CreateAsync(new IdentityRole(role.ToString()));
    }

    /// <summary>Seeds only when there are no platforms and no users yet; returns whether it did.</summary>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken ct = default)
    {
        await using (var check = await dbf.CreateDbContextAsync(ct))
            if (await check.Platforms.AnyAsync(ct) || await check.Users.AnyAsync(ct)) return false;

        await using var db = await dbf.CreateDbContextAsync(ct);
        db.AuditAction = "导入演示数据";
        var departments = DemoData.ProvincialDepartments
            .Select(n => new CompetentDepartment { Name = n, Kind = DepartmentKind.Provincial })
            .Concat(DemoData.Cities.Select(c => new CompetentDepartment { Name = DemoData.CityBureau(c), Kind = DepartmentKind.City, Region = c }))
            .ToDictionary(d => d.Name);
        var units = DemoData.HostUnits.Select((u, i) => new HostUnit
        {
            Name = u.Name, Kind = u.Kind, Address = u.Address, CompetentDepartment = departments[u.Department],
            CreditCode = $"12430000{(7000000 + i * 7919) % 10000000:D7}X",
            ContactName = "科技处", ContactPhone = $"0731-8{(8800000 + i * 1373) % 10000000:D7}",
        }).ToDictionary(u => u.Name);
        var today = clock.ChinaToday();
        var seq = new Dictionary<int, int>();
        var platforms = DemoData.Platforms.Select(p =>
        {
            var unit = units[p.Host];
            var recognised = new DateOnly(p.Year, 12, 20);
            seq[p.Year] = seq.GetValueOrDefault(p.Year) + 1;
            var platform = new Platform
            {
                Name = p.Name, EnglishName = p.English, Category = p.Category, HostUnit = unit,
                CompetentDepartment = unit.CompetentDepartment, Status = p.Status, RecognisedOn = recognised,
                CertificateNumber = $"HNKJPT-{p.Year}-{seq[p.Year]:D4}",
                Head = new PlatformHead { Name = p.Head, Title = p.HeadTitle, Phone = "0731-88" + (p.Name.Length * 7919 % 1000000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture) },
                Summary = $"{p.Name}依托{p.Host}建设，面向全省提供{p.Category.Label()}开放共享服务。",
            };
            platform.Events.AddRange(Timeline(platform, recognised, today));
            return platform;
        }).ToList();
        var experts = DemoData.Experts.Select(e => new Expert
        {
            Name = e.Name, UnitName = e.Unit, Title = e.Title, Fields = [.. e.Fields],
            HostUnit = units.GetValueOrDefault(e.Unit),
            Phone = $"139{(e.Name.Length * 7321 + e.Unit.Length * 104729) % 100000000:D8}",
        }).ToList();
        db.Departments.AddRange(departments.Values);
        db.HostUnits.AddRange(units.Values);
        db.Platforms.AddRange(platforms);
        db.Experts.AddRange(experts);
        await db.SaveChangesAsync(ct);
        await EvaluationSeed.SeedAsync(dbf, ct);

        await CreateAccountsAsync(departments, units, experts);
        await SupervisionSeed.SeedAsync(dbf, clock, ct);
        await RecognitionSeed.SeedAsync(dbf, clock, files, ct);
        await NoticesSeed.SeedAsync(dbf, clock, ct);
        return true;
    }

    private static IEnumerable<PlatformEvent> Timeline(Platform p, DateOnly recognised, DateOnly today)
    {
        static DateTimeOffset At(DateOnly d) => new(d.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));
        yield return new PlatformEvent { OccurredAt = At(recognised), Kind = PlatformEventKind.Recognised, Title = "认定为省资源平台并授牌", Detail = $"证书编号 {p.CertificateNumber}", Actor = "湖南省科学技术厅" };
        var evaluated = recognised.AddYears(3).AddMonths(-1);
        if (evaluated < today)
        {
            var grade = p.Status switch { PlatformStatus.Rectifying or PlatformStatus.ReEvaluating or PlatformStatus.Revoked => "不合格", _ => p.Name.Length % 3 == 0 ? "优秀" : "合格" };
            yield return new PlatformEvent { OccurredAt = At(evaluated), Kind = PlatformEventKind.Evaluated, Title = $"{evaluated.Year}年度考核评估结果：{grade}", Actor = "湖南省科学技术厅" };
            if (grade == "不合格")
                yield return new PlatformEvent { OccurredAt = At(evaluated.AddDays(10)), Kind = PlatformEventKind.Rectification, Title = "责令限期整改（整改期1年，第十七条）", Actor = "湖南省科学技术厅" };
            if (p.Status == PlatformStatus.Revoked)
                yield return new PlatformEvent { OccurredAt = At(evaluated.AddYears(1).AddDays(30)), Kind = PlatformEventKind.Revoked, Title = "复评仍不合格，不再纳入省资源平台序列，收回牌匾（第十七条）", Actor = "湖南省科学技术厅" };
        }
    }

    private async Task CreateAccountsAsync(Dictionary<string, CompetentDepartment> departments, Dictionary<string, HostUnit> units, List<Expert> experts)
    {
        var names = new Dictionary<string, string>
        {
            ["admin"] = "王建国", ["dept"] = "刘敏", ["host"] = "陈静", ["agency"] = "周婷",
        };
        for (var i = 0; i < DemoAccounts.Length; i++)
        {
            var (userName, role, description) = DemoAccounts[i];
            var user = new AppUser { UserName = userName, DisplayName = names.GetValueOrDefault(userName, ""), OrganisationName = description };
            switch (role)
            {
                case Role.Department: user.CompetentDepartmentId = departments["长沙市科学技术局"].Id; break;
                case Role.HostUnit: user.HostUnitId = units["长沙学院"].Id; break;
                case Role.Agency: user.OrganisationName = "湖南省科技评估中心"; break;
                case Role.Expert:
                    var expert = experts[i - 4];
                    user.ExpertId = expert.Id; user.DisplayName = expert.Name; user.OrganisationName = expert.UnitName;
                    break;
            }
            var created = await users.CreateAsync(user, DemoPassword);
            if (!created.Succeeded)
                throw new InvalidOperationException("演示账号创建失败：" + string.Join("；", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role.ToString());
        }
    }
}
