module github.com/schemalint/schemalint

go 1.26.8
