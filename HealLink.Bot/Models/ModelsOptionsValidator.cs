using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Models;

/// <summary>Checks the Models section at start-up (and before <c>models fetch</c>); each message names its key.</summary>
internal sealed partial class ModelsOptionsValidator : IValidateOptions<ModelsOptions>
{
    private const string Section = ModelsOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, ModelsOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Folder))
        {
            problems.Add($"{Section}:Folder must name the folder model files live in, such as {ModelsOptions.DefaultFolder}.");
        }

        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("https" or "http"))
        {
            problems.Add($"{Section}:BaseUrl must be an absolute http(s) address, such as {ModelsOptions.DefaultBaseUrl}.");
        }

        if (options.StallTimeout <= TimeSpan.Zero || options.StallTimeout > TimeSpan.FromHours(1))
        {
            problems.Add($"{Section}:StallTimeout must be above 0 and at most 01:00:00 (was {options.StallTimeout}).");
        }

        for (var i = 0; i < options.Files.Count; i++)
        {
            ValidateFile($"{Section}:Files:{i}", options.Files[i], problems);
        }

        ValidateLlm(options.Llm, problems);
        var repeated = options.Files.GroupBy(f => f.LocalPath, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
        problems.AddRange(repeated.Select(path => $"{Section}:Files names {path} as the LocalPath of more than one file."));
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void ValidateFile(string key, ModelFile file, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(file.RemotePath) || file.RemotePath.StartsWith('/') || file.RemotePath.Contains("://", StringComparison.Ordinal))
        {
            problems.Add($"{key}:RemotePath must be a path relative to {Section}:BaseUrl, such as onnx/model.onnx.");
        }

        // Kept inside the folder: a configured "../" must not let a download overwrite files elsewhere.
        if (string.IsNullOrWhiteSpace(file.LocalPath) || Path.IsPathRooted(file.LocalPath)
            || file.LocalPath.Split('/', '\\').Any(part => part is ".." or ""))
        {
            problems.Add($"{key}:LocalPath must be a relative path inside {Section}:Folder without '..', such as {ModelsOptions.MiniLmModelFile}.");
        }

        if (file.Size <= 0)
        {
            problems.Add($"{key}:Size must be the file's size in bytes, above 0.");
        }

        if (!Sha256Shape().IsMatch(file.Sha256))
        {
            problems.Add($"{key}:Sha256 must be the file's sha256 as 64 hexadecimal digits.");
        }
    }

    private static void ValidateLlm(LlmModelSource llm, List<string> problems)
    {
        const string Key = $"{Section}:{LlmModelSource.SectionName}";
        if (!Uri.TryCreate(llm.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            problems.Add($"{Key}:Url must be the model file's absolute http(s) address, such as {LlmModelSource.DefaultUrl}.");
        }

        if (llm.Size <= 0)
        {
            problems.Add($"{Key}:Size must be the model file's size in bytes, above 0.");
        }

        if (!Sha256Shape().IsMatch(llm.Sha256))
        {
            problems.Add($"{Key}:Sha256 must be the model file's sha256 as 64 hexadecimal digits.");
        }
    }

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Shape();
}
