using XanoLink.Testing;

namespace XanoLink.Build.Tests;

/// <summary>
/// A temporary folder that is both a workspace and a NoTargets project importing the repository's
/// build/XanoLink.Build.props and .targets, as a project referencing the package does.
/// </summary>
internal sealed class WorkspaceProject : IDisposable
{
    private readonly TempDirectory directory = new("xanolink-build");

    public WorkspaceProject()
    {
        // Empty files stop MSBuild from importing whatever Directory.Build.* lies above the temp folder.
        directory.Write("Directory.Build.props", "<Project />\n");
        directory.Write("Directory.Build.targets", "<Project />\n");
        var build = RepositoryRoot.Combine("src", "XanoLink.Build", "build");
        directory.Write("Workspace.csproj", $"""
            <Project Sdk="Microsoft.Build.NoTargets/3.7.0">
              <Import Project="{System.IO.Path.Combine(build, "XanoLink.Build.props")}" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <Import Project="{System.IO.Path.Combine(build, "XanoLink.Build.targets")}" />
            </Project>
            """);
    }

    public string Path => directory.Path;

    public string StampFile => directory.Combine("obj", "Debug", "net10.0", "xanolink.validate.stamp");

    public WorkspaceProject Write(string relative, string content)
    {
        directory.Write(relative, content);
        return this;
    }

    public WorkspaceProject Delete(string relative)
    {
        File.Delete(directory.Combine(relative.Split('/')));
        return this;
    }

    public BuildResult Build(params string[] properties) => DotnetBuild.Run(Path, properties);

    public void Dispose() => directory.Dispose();
}
