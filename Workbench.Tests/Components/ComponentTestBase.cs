using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Workbench.Tests.Components;

/// <summary>bUnit base: MudBlazor services, loose JS interop, interactive server renderer, Chinese texts.</summary>
public abstract class ComponentTestBase : BunitContext, IAsyncLifetime
{
    protected ComponentTestBase()
    {
        Services.AddMudServices(o => o.SnackbarConfiguration.ShowTransitionDuration = 0);
        Services.AddTransient<MudLocalizer, Workbench.App.Components.Shared.ChineseMudLocalizer>();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    /// <summary>Renders as the interactive server renderer would (buttons enabled, grids load).</summary>
    protected IRenderedComponent<T> RenderInteractive<T>(Action<ComponentParameterCollectionBuilder<T>>? parameters = null) where T : IComponent
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return parameters is null ? Render<T>() : Render<T>(parameters);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}
