using Newtonsoft.Json.Linq;
using XanoLink.Git.Publish;

namespace XanoLink.Git.Tests.Publish;

/// <summary>Steps the re-entry tests share: narrowing the endpoints, renaming the category table, describing an outcome.</summary>
internal static class ReentrySteps
{
    public static void SetApis(PublishWorld world, params string[] apis)
    {
        world.EditManifest(m => m["include"]!["apis"] = new JArray(apis));
        world.CommitSource("apis: " + string.Join(", ", apis));
    }

    /// <summary>Sets the category table's records setting (null: schema only) and commits.</summary>
    public static void SetCategoryRecords(PublishWorld world, string? records, string message)
    {
        world.EditManifest(m =>
        {
            ((JObject)m["records"]!).Remove("category");
            if (records is not null)
            {
                m["records"]!["category"] = records;
            }
        });
        world.CommitSource(message);
    }

    /// <summary>Renames category to kind in the source; kind's records setting is <paramref name="records"/> (null: schema only).</summary>
    public static void RenameCategoryToKind(PublishWorld world, string? records)
    {
        world.RenameCategoryTable("category", "kind");
        world.EditManifest(m =>
        {
            ((JObject)m["records"]!).Remove("kind");
            if (records is not null)
            {
                m["records"]!["kind"] = records;
            }
        });
    }

    public static string Describe(TenantOutcome outcome) =>
        $"{outcome.Status} {outcome.Code} {outcome.Error}\n" + string.Join("\n", (outcome.Conflicts ?? []).Concat(outcome.DataLoss ?? []));
}
