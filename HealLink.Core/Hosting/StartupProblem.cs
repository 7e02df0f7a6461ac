using HealLink.Core.Matching.Embeddings.MiniLm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Hosting;

/// <summary>Tells configuration mistakes, which deserve a plain message, from bugs, which deserve a stack trace.</summary>
public static class StartupProblem
{
    public static string? Describe(Exception exception) => exception switch
    {
        StartupException or OptionsValidationException or EmbedderUnavailableException => exception.Message,

        // A value that does not parse ("Database:Provider=Oracle"); the binder's message names the key.
        InvalidOperationException { InnerException: FormatException format }
            when exception.TargetSite?.DeclaringType == typeof(ConfigurationBinder) => $"{exception.Message} {format.Message}",
        _ => null,
    };
}
