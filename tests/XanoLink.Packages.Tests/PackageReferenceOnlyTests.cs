namespace XanoLink.Packages.Tests;

/// <summary>A project that knows nothing of this repository: one PackageReference to XanoLink.Build from the feed.</summary>
[Collection(PackageTests.Name)]
[Trait(PackageTests.Trait, PackageTests.TraitValue)]
public sealed class PackageReferenceOnlyTests(PackageFeed feed)
{
    [Fact]
    public void A_manifest_naming_a_missing_table_fails_the_build_with_XL2002_at_its_position()
    {
        var project = Path.Combine(feed.Machine, "package-reference-only");
        Write(project, "Shop.csproj", $"""
            <Project Sdk="Microsoft.Build.NoTargets/3.7.0">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="XanoLink.Build" Version="{feed.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        Write(project, "workspace.json", """
            {
              "guid": "ws-shop-source",
              "name": "shop:source"
            }
            """);
        Write(project, "tables/product.json", """
            {
              "guid": "tbl-product",
              "name": "product",
              "fields": [
                {
                  "name": "id",
                  "type": "int"
                }
              ]
            }
            """);
        Write(project, "xanolink.json", """
            {
              "include": {
                "tables": [
                  "product",
                  "order"
                ]
              }
            }
            """);

        var build = feed.Run(project, "dotnet", "build", "-nologo", "-tl:off", "-v:m", "-nodeReuse:false");

        Assert.True(build.ExitCode == 1, build.ToString());
        Assert.Contains(Path.Combine(project, "xanolink.json") + "(5,7): error XL2002:", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("error XL1", build.Output, StringComparison.Ordinal);
    }

    private static void Write(string folder, string relative, string content)
    {
        var path = Path.Combine([folder, .. relative.Split('/')]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content + "\n");
    }
}
