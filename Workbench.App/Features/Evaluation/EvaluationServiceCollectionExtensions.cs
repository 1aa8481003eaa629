using Workbench.App.Features.Evaluation;

namespace Workbench.App.Features;

public static class EvaluationServiceCollectionExtensions
{
    /// <summary>考核评估 (第十五–十八条): templates, rounds, materials, assignment, decisions, rectification.</summary>
    public static IServiceCollection AddEvaluation(this IServiceCollection services)
    {
        services.AddScoped<TemplateService>();
        services.AddScoped<RoundService>();
        services.AddScoped<MaterialsService>();
        services.AddScoped<AssignmentService>();
        services.AddScoped<DecisionService>();
        services.AddScoped<ResultService>();
        services.AddScoped<RectificationService>();
        return services;
    }
}
