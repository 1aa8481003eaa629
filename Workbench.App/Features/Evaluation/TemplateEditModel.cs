using Workbench.Core.Platforms;
using Workbench.Core.Scoring;

namespace Workbench.App.Features.Evaluation;

/// <summary>The editable shape of an indicator template; converted back to the Core record for validation and saving.</summary>
public sealed class TemplateEditModel
{
    public string Name { get; set; } = "";
    public ResourceCategory Category { get; set; }
    public int BasedOn { get; set; }
    public string? Note { get; set; }
    public List<IndicatorEdit> Indicators { get; set; } = [];

    public decimal TotalWeight => Indicators.Sum(i => i.Weight);

    public static TemplateEditModel From(IndicatorTemplate t, int number) => new()
    {
        Name = t.Name, Category = t.Category ?? ResourceCategory.FacilitiesAndInstruments, BasedOn = number,
        Indicators = t.Indicators.Select(i => new IndicatorEdit
        {
            Code = i.Code, Name = i.Name,
            Items = i.Items.Select(x => new ItemEdit { Code = x.Code, Name = x.Name, MaxPoints = x.MaxPoints, Guidance = x.Guidance, Required = x.Required }).ToList(),
        }).ToList(),
    };

    public IndicatorTemplate ToTemplate() => new(Name.Trim(), TemplatePurpose.Evaluation, Category, BasedOn + 1,
        Indicators.Select(i => new Indicator(i.Code.Trim(), i.Name.Trim(),
            i.Items.Select(x => new IndicatorItem(x.Code.Trim(), x.Name.Trim(), x.MaxPoints, x.Guidance?.Trim() ?? "", x.Required)).ToList())).ToList());
}

public sealed class IndicatorEdit
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public List<ItemEdit> Items { get; set; } = [];
    public decimal Weight => Items.Sum(i => i.MaxPoints);
}

public sealed class ItemEdit
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public decimal MaxPoints { get; set; }
    public string? Guidance { get; set; }
    public bool Required { get; set; } = true;
}
