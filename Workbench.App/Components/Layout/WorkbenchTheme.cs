using MudBlazor;

namespace Workbench.App.Components.Layout;

/// <summary>The Workbench look: official red-and-navy palette, system CJK fonts only (no web fonts: offline).</summary>
public static class WorkbenchTheme
{
    private static readonly string[] Fonts =
        ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1F3A68",
            Secondary = "#B71C1C",
            AppbarBackground = "#1F3A68",
            Background = "#F4F6FA",
            DrawerBackground = "#FFFFFF",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts },
            H1 = new H1Typography { FontFamily = Fonts }, H2 = new H2Typography { FontFamily = Fonts },
            H3 = new H3Typography { FontFamily = Fonts }, H4 = new H4Typography { FontFamily = Fonts },
            H5 = new H5Typography { FontFamily = Fonts }, H6 = new H6Typography { FontFamily = Fonts },
            Button = new ButtonTypography { FontFamily = Fonts, TextTransform = "none" },
        },
    };
}
