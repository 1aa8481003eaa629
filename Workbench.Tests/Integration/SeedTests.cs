using Microsoft.EntityFrameworkCore;
using Workbench.App.Data.Entities;
using Workbench.Core.Platforms;
using Workbench.Tests.Support;

namespace Workbench.Tests.Integration;

public class SeedTests(WorkbenchFactory app) : IClassFixture<WorkbenchFactory>
{
    [Fact]
    public async Task Seed_HasAllCitiesDepartmentsUnitsPlatformsExperts()
    {
        _ = app.Server;
        var counts = await app.WithDbAsync(async db => new
        {
            Cities = await db.Departments.CountAsync(d => d.Kind == DepartmentKind.City),
            Provincial = await db.Departments.CountAsync(d => d.Kind == DepartmentKind.Provincial),
            Units = await db.HostUnits.CountAsync(),
            Platforms = await db.Platforms.ToListAsync(),
            Experts = await db.Experts.CountAsync(),
            Users = await db.Users.CountAsync(),
        });
        Assert.Equal(14, counts.Cities);
        Assert.InRange(counts.Provincial, 10, 12);
        Assert.InRange(counts.Units, 40, 50);
        Assert.InRange(counts.Platforms.Count, 40, 50);
        Assert.Equal(30, counts.Experts);
        Assert.Equal(11, counts.Users);
        Assert.All(Enum.GetValues<ResourceCategory>(), c => Assert.True(counts.Platforms.Count(p => p.Category == c) >= 8));
        Assert.All(counts.Platforms, p =>
        {
            Assert.True(PlatformNaming.ValidateChineseName(p.Name).Passed, p.Name);
            Assert.True(PlatformNaming.ValidateEnglishName(p.EnglishName, p.Name).Passed, p.EnglishName);
        });
    }
}
