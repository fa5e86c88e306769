# AWS resources behind the shop: PostgreSQL (RDS), Redis (ElastiCache), the
# order-events queue the worker publishes to, and the invoices bucket.
# The Kubernetes cluster and VPC live in the platform team's own stack; we
# only get their subnet and security group ids.

terraform {
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Project     = "shop"
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}

variable "region" {
  type    = string
  default = "eu-central-1"
}

variable "environment" {
  type    = string
  default = "prod"
}

variable "private_subnet_ids" {
  description = "Private subnets of the platform VPC."
  type        = list(string)
}

variable "data_security_group_id" {
  description = "Security group that lets the cluster's nodes reach databases and caches."
  type        = string
}

variable "db_password" {
  description = "Master password for the shop database. Set from the CI secret store."
  type        = string
  sensitive   = true
}

# ---------------------------------------------------------------- PostgreSQL

resource "aws_db_subnet_group" "main" {
  name       = "shop-${var.environment}"
  subnet_ids = var.private_subnet_ids
}

resource "aws_db_instance" "main" {
  identifier     = "shop-${var.environment}"
  engine         = "postgres"
  engine_version = "16.4"
  instance_class = "db.t4g.medium"

  allocated_storage     = 50
  max_allocated_storage = 200
  storage_type          = "gp3"
  storage_encrypted     = true

  db_name  = "shop"
  username = "shop"
  password = var.db_password
  port     = 5432

  multi_az               = true
  db_subnet_group_name   = aws_db_subnet_group.main.name
  vpc_security_group_ids = [var.data_security_group_id]
  publicly_accessible    = false

  backup_retention_period   = 7
  deletion_protection       = true
  skip_final_snapshot       = false
  final_snapshot_identifier = "shop-${var.environment}-final"
}

# ---------------------------------------------------------------- Redis

resource "aws_elasticache_subnet_group" "cache" {
  name       = "shop-cache-${var.environment}"
  subnet_ids = var.private_subnet_ids
}

# Sessions and rate limits only; losing it is an inconvenience, not data loss.
resource "aws_elasticache_cluster" "cache" {
  cluster_id           = "shop-cache"
  engine               = "redis"
  engine_version       = "7.1"
  node_type            = "cache.t4g.small"
  num_cache_nodes      = 1
  parameter_group_name = "default.redis7"
  port                 = 6379
  subnet_group_name    = aws_elasticache_subnet_group.cache.name
  security_group_ids   = [var.data_security_group_id]
}

# ---------------------------------------------------------------- Order events

resource "aws_sqs_queue" "order_events_dlq" {
  name                      = "shop-order-events-dlq"
  message_retention_seconds = 1209600 # 14 days
}

# The worker publishes outbox_events here; downstream consumers (fulfilment,
# analytics) subscribe.
resource "aws_sqs_queue" "order_events" {
  name                       = "shop-order-events"
  visibility_timeout_seconds = 60
  message_retention_seconds  = 345600 # 4 days
  sqs_managed_sse_enabled    = true

  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.order_events_dlq.arn
    maxReceiveCount     = 5
  })
}

# ---------------------------------------------------------------- Invoices

resource "aws_s3_bucket" "invoices" {
  bucket = "shop-invoices-${var.environment}"
}

resource "aws_s3_bucket_public_access_block" "invoices" {
  bucket = aws_s3_bucket.invoices.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# ---------------------------------------------------------------- Outputs
# Copied into deploy/k8s/configmap.yaml and the orders-db secret.

output "db_address" {
  value = aws_db_instance.main.address
}

output "db_port" {
  value = aws_db_instance.main.port
}

output "redis_endpoint" {
  value = aws_elasticache_cluster.cache.cache_nodes[0].address
}

output "order_events_queue_url" {
  value = aws_sqs_queue.order_events.url
}

output "invoices_bucket" {
  value = aws_s3_bucket.invoices.bucket
}
