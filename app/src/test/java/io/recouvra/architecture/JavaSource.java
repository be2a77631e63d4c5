package io.recouvra.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Java source file split by a small lexer into its string literals (text blocks included, escape
 * sequences resolved, literals joined by {@code +} merged into one) and its code with comments and
 * literals blanked out, so source scans neither miss SQL split over lines nor trip over comments.
 */
record JavaSource(Path file, List<StringLiteral> stringLiterals, List<String> codeLines) {

  /** One string literal (or a {@code +} chain of them) and the line it starts on. */
  record StringLiteral(int line, String text) {}

  static JavaSource read(Path file) {
    try {
      return parse(file, Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JavaSource parse(Path file, String text) {
    Lexer lexer = new Lexer(text);
    lexer.run();
    return new JavaSource(file, lexer.literals, List.of(lexer.code.toString().split("\n", -1)));
  }

  private static final class Lexer {
    private final String text;
    private final StringBuilder code = new StringBuilder();
    private final List<StringLiteral> literals = new ArrayList<>();
    private int position;
    private int line = 1;
    private int codeLengthAfterLastLiteral = -1;

    Lexer(String text) {
      this.text = text;
    }

    void run() {
      while (position < text.length()) {
        if (text.startsWith("//", position)) {
          skipUntil("\n", false);
        } else if (text.startsWith("/*", position)) {
          position += 2;
          skipUntil("*/", true);
        } else if (text.startsWith("\"\"\"", position)) {
          readTextBlock();
        } else if (text.charAt(position) == '"') {
          readQuoted('"');
        } else if (text.charAt(position) == '\'') {
          readQuoted('\'');
        } else {
          emitCode(text.charAt(position++));
        }
      }
    }

    private void skipUntil(String end, boolean consumeEnd) {
      int found = text.indexOf(end, position);
      int stop = found < 0 ? text.length() : found + (consumeEnd ? end.length() : 0);
      while (position < stop) {
        blank(text.charAt(position++));
      }
    }

    private void readTextBlock() {
      int startLine = line;
      position += 3;
      skipUntil("\n", true);
      StringBuilder content = new StringBuilder();
      while (position < text.length() && !text.startsWith("\"\"\"", position)) {
        position = readCharacter(content);
      }
      position = Math.min(text.length(), position + 3);
      addLiteral(startLine, content.toString().stripIndent());
    }

    private void readQuoted(char quote) {
      int startLine = line;
      blank(text.charAt(position++));
      StringBuilder content = new StringBuilder();
      while (position < text.length()
          && text.charAt(position) != quote
          && text.charAt(position) != '\n') {
        position = readCharacter(content);
      }
      if (position < text.length()) {
        blank(text.charAt(position++));
      }
      if (quote == '"') {
        addLiteral(startLine, content.toString());
      }
    }

    /** Reads one character or escape sequence of a literal; returns the next position. */
    private int readCharacter(StringBuilder content) {
      char current = text.charAt(position);
      blank(current);
      if (current != '\\' || position + 1 >= text.length()) {
        content.append(current);
        return position + 1;
      }
      char escaped = text.charAt(position + 1);
      blank(escaped);
      switch (escaped) {
        case 'n' -> content.append('\n');
        case 't' -> content.append('\t');
        case 'r' -> content.append('\r');
        case 's' -> content.append(' ');
        case 'b', 'f', '\n' -> content.append(' ');
        default -> content.append(escaped);
      }
      return position + 2;
    }

    private void addLiteral(int startLine, String content) {
      boolean joinedByPlus =
          codeLengthAfterLastLiteral >= 0
              && code.substring(codeLengthAfterLastLiteral).strip().equals("+");
      if (joinedByPlus) {
        StringLiteral previous = literals.remove(literals.size() - 1);
        literals.add(new StringLiteral(previous.line(), previous.text() + content));
      } else {
        literals.add(new StringLiteral(startLine, content));
      }
      codeLengthAfterLastLiteral = code.length();
    }

    private void emitCode(char character) {
      if (character == '\n') {
        line++;
      }
      code.append(character);
    }

    /** Keeps line breaks (for line numbers) and replaces anything else by a space. */
    private void blank(char character) {
      if (character == '\n') {
        line++;
        code.append('\n');
      } else {
        code.append(' ');
      }
    }
  }
}
