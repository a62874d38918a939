using System.Collections.Concurrent;
using NJsonSchema;
using NJsonSchema.Validation;

namespace XanoLink.Core.Tests.Schemas;

/// <summary>The schemas of schemas/, loaded once (with their references to common.schema.json resolved from disk).</summary>
internal static class SchemaCache
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<JsonSchema>>> Loaded = new(StringComparer.Ordinal);

    public static Task<JsonSchema> Get(string fileName) =>
        Loaded.GetOrAdd(fileName, name => new Lazy<Task<JsonSchema>>(() => JsonSchema.FromFileAsync(Path.Combine(ExampleFiles.SchemasFolder, name)))).Value;

    public static async Task<IReadOnlyList<string>> Errors(string schemaFile, string json)
    {
        var schema = await Get(schemaFile);
        return Flatten(schema.Validate(json)).ToArray();
    }

    // NJsonSchema nests the reasons of anyOf/oneOf/array items; the leaves say what is actually wrong.
    private static IEnumerable<string> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            yield return $"{error.Kind} at {error.Path}";
            if (error is ChildSchemaValidationError child)
            {
                foreach (var nested in Flatten(child.Errors.SelectMany(e => e.Value)))
                {
                    yield return nested;
                }
            }
        }
    }
}
