using Microsoft.ML.OnnxRuntime;

namespace HealLink.Core.Matching.Embeddings.MiniLm;

/// <summary>ONNX Runtime's session options as <see cref="EmbeddingOptions"/> asks for them; the caller disposes them.</summary>
internal static class MiniLmSessionOptions
{
    public static SessionOptions Create(EmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var session = new SessionOptions();
        try
        {
            session.IntraOpNumThreads = options.IntraOpThreads;

            // One encoder is one chain of operators: there is nothing for a second pool to run beside it.
            session.InterOpNumThreads = 1;
            session.ExecutionMode = ExecutionMode.ORT_SEQUENTIAL;
            session.GraphOptimizationLevel = options.GraphOptimization;
            session.AddSessionConfigEntry("session.intra_op.allow_spinning", options.AllowSpinning ? "1" : "0");

            // Warnings (an initializer folded away, a shape guessed) mean nothing to an operator; errors still reach
            // us as exceptions carrying ONNX Runtime's own message. Per session, so no process-wide setting is touched.
            session.LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR;
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }
}
